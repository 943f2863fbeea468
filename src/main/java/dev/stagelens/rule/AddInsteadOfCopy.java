package dev.stagelens.rule;

import dev.stagelens.fs.ContextSources;
import dev.stagelens.instruction.AddInstruction;
import java.util.ArrayList;
import java.util.List;

/**
 * ADD of local files that are not tar archives: ADD then does no more than COPY, and readers must
 * check whether it extracts. A local archive ({@code .tar}, {@code .tar.gz}, {@code .tgz}, ...)
 * that ADD unpacks is what ADD is for, and a source that names an unset variable is not judged.
 */
final class AddInsteadOfCopy extends AbstractRule {

  AddInsteadOfCopy() {
    super(
        "AddInsteadOfCopy",
        Severity.INFO,
        false,
        "ADD copies local files that are not tar archives, which COPY says plainly; ADD of a local "
            + "archive it unpacks is fine, and a source naming an unset variable is not judged",
        "Use COPY; keep ADD for local tar archives it should unpack",
        "DL3020");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (Scan.Step step : Scan.steps(context, scope())) {
      if (step.instruction() instanceof AddInstruction add) {
        List<String> plain =
            add.files().sourcePaths().stream()
                .filter(
                    written ->
                        Expansions.known(context, step, written)
                            .filter(
                                source ->
                                    !ContextSources.isRemote(source)
                                        && !ContextSources.isArchive(source))
                            .isPresent())
                .map(Commands::unquoted)
                .toList();
        if (!plain.isEmpty()) {
          String text = "ADD of " + Commands.quoted(plain) + " extracts nothing; use COPY";
          out.add(at(add, step.stage().index(), text));
        }
      }
    }
    return out;
  }
}
