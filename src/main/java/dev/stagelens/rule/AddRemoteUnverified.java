package dev.stagelens.rule;

import dev.stagelens.fs.ContextSources;
import dev.stagelens.instruction.AddInstruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ADD of a URL without {@code --checksum}, so whatever the server sends goes into the build, or of
 * a git repository that is not pinned to a commit (a branch or tag can move).
 */
final class AddRemoteUnverified extends AbstractRule {

  private static final Pattern COMMIT =
      Pattern.compile("(?i)[#?&](?:ref=)?[0-9a-f]{40}(?:[:&].*)?$|[?&]checksum=");

  private static final Pattern REF = Pattern.compile("(?:#|[?&]ref=)([^:&]++)");

  AddRemoteUnverified() {
    super(
        "AddRemoteUnverified",
        Severity.WARNING,
        false,
        "ADD fetches a URL without --checksum, or a git repository not pinned to a commit, so "
            + "what it gets is not verified",
        "Give ADD --checksum=sha256:<digest> for a URL, or pin a git repository to a commit "
            + "(#<commit>)");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (Scan.Step step : Scan.steps(context, scope())) {
      if (step.instruction() instanceof AddInstruction add
          && Expansions.expanded(context, step) instanceof AddInstruction expanded
          && expanded.checksum().isEmpty()) {
        for (int i = 0; i < add.files().sourcePaths().size(); i++) {
          problem(
                  Commands.unquoted(add.files().sourcePaths().get(i)),
                  expanded.files().sourcePaths().get(i))
              .ifPresent(message -> out.add(at(add, step.stage().index(), message)));
        }
      }
    }
    return out;
  }

  /** The problem of a source, named as written and judged as expanded. */
  private static Optional<String> problem(String written, String source) {
    if (!ContextSources.isRemote(source)) {
      return Optional.empty();
    }
    if (!ContextSources.isGit(source)) {
      return Optional.of(
          "ADD downloads '" + written + "' without --checksum; its content is not verified");
    }
    if (COMMIT.matcher(source).find()) {
      return Optional.empty();
    }
    Matcher ref = REF.matcher(source);
    return Optional.of(
        "ADD of git repository '"
            + written
            + "' "
            + (ref.find() ? "names ref '" + ref.group(1) + "', which can move" : "has no ref")
            + "; pin it to a commit");
  }
}
