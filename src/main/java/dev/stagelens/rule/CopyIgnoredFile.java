package dev.stagelens.rule;

import dev.stagelens.instruction.AddInstruction;
import dev.stagelens.instruction.CopyInstruction;
import dev.stagelens.instruction.Instruction;
import dev.stagelens.parse.GoQuote;
import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's CopyIgnoredFile: COPY or ADD names a build-context file that {@code .dockerignore}
 * leaves out, so the copy fails. BuildKit stays silent when the ignore file has any {@code !}
 * pattern; stagelens evaluates the negations and still reports, and reports an error because the
 * build fails. Without a {@code .dockerignore} it does not fire.
 */
final class CopyIgnoredFile extends BuildKitCheck {

  CopyIgnoredFile() {
    super(
        "CopyIgnoredFile",
        Severity.ERROR,
        true,
        "Attempting to Copy file that is excluded by .dockerignore",
        "Remove the file from .dockerignore (or re-include it with a ! pattern), "
            + "or stop copying it");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    if (context.dockerignore().isEmpty()) {
      return List.of();
    }
    IgnorePatterns ignore = IgnorePatterns.parse(context.dockerignore().get());
    List<Finding> out = new ArrayList<>();
    for (Scan.Step step : Scan.steps(context, scope())) {
      Instruction expanded = Expansions.expanded(context, step);
      for (String source : contextSources(expanded)) {
        String path = IgnorePatterns.clean(source);
        boolean root = path.equals(".");
        if (root ? ignore.excludesRoot() && !ignore.hasNegations() : ignore.excludes(path)) {
          out.add(at(step.instruction(), step.stage().index(), message(expanded, path)));
        }
      }
    }
    return out;
  }

  private static String message(Instruction instruction, String path) {
    String verb = instruction instanceof AddInstruction ? "Add" : "Copy";
    return "Attempting to "
        + verb
        + " file "
        + GoQuote.quote(path)
        + " that is excluded by .dockerignore";
  }

  private static List<String> contextSources(Instruction instruction) {
    if (instruction instanceof CopyInstruction copy && copy.from().isEmpty()) {
      return copy.files().sourcePaths();
    }
    if (instruction instanceof AddInstruction add) {
      return add.files().sourcePaths().stream().filter(s -> !s.contains("://")).toList();
    }
    return List.of();
  }
}
