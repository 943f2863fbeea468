package dev.stagelens.rule;

import dev.stagelens.graph.ImageReference;
import dev.stagelens.graph.InvalidReferenceException;
import dev.stagelens.instruction.CopyInstruction;
import dev.stagelens.instruction.Stage;
import dev.stagelens.instruction.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code COPY --from=NAME} where NAME is no stage but is close to one, so a misspelt stage name is
 * pulled as an image. BuildKit treats every {@code --from} that names no stage as an image and
 * suggests a stage only once the pull fails; names with a registry, tag or digest are meant as
 * images and are left alone.
 */
final class CopyFromLooksLikeStage extends AbstractRule {

  private static final Pattern BARE_NAME = Pattern.compile("^[a-z][a-z0-9-_.]*$");

  CopyFromLooksLikeStage() {
    super(
        "CopyFromLooksLikeStage",
        Severity.WARNING,
        false,
        "COPY --from names no stage but is close to a stage name, so it is pulled as an image",
        "Spell the stage name as its FROM ... AS declares it",
        "DL3022");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<String> names = stageNames(context);
    List<Finding> out = new ArrayList<>();
    for (Scan.Step step : Scan.steps(context, scope())) {
      if (step.instruction() instanceof CopyInstruction copy) {
        lookalike(copy.from(), names)
            .ifPresent(stage -> out.add(at(copy, step.stage().index(), message(copy, stage))));
      }
    }
    return out;
  }

  /** The stage {@code from} looks like, by BuildKit's closeness measure for its suggestions. */
  private static Optional<String> lookalike(String from, List<String> names) {
    String lower = from.toLowerCase(Locale.ROOT);
    if (!BARE_NAME.matcher(lower).matches() || names.contains(lower)) {
      return Optional.empty();
    }
    String match = Suggest.search(from, names, true);
    return match.isEmpty() ? Optional.empty() : Optional.of(match);
  }

  private static String message(CopyInstruction copy, String stage) {
    return didYouMean(
        "--from="
            + copy.from()
            + " matches no stage and will be pulled as the image "
            + image(copy.from()),
        stage);
  }

  private static String image(String from) {
    try {
      return ImageReference.parse(from).toString();
    } catch (InvalidReferenceException e) {
      return from;
    }
  }

  private static List<String> stageNames(RuleContext context) {
    return context.instructions().stages().stream()
        .map(Stage::name)
        .flatMap(Optional::stream)
        .toList();
  }
}
