package dev.stagelens.rule;

import dev.stagelens.graph.ImageReference;
import dev.stagelens.graph.InvalidReferenceException;
import dev.stagelens.instruction.BuildEnv;
import dev.stagelens.instruction.BuildOptions;
import dev.stagelens.instruction.DockerfileInstructions;
import dev.stagelens.instruction.ExpansionException;
import dev.stagelens.instruction.InstructionException;
import dev.stagelens.instruction.ShellLex;
import dev.stagelens.instruction.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BuildKit's InvalidDefaultArgInFrom: with no build arguments, a FROM expands to an empty or
 * invalid image name. BuildKit parses every base this way, stage names included.
 */
final class InvalidDefaultArgInFrom extends BuildKitCheck {

  InvalidDefaultArgInFrom() {
    super(
        "InvalidDefaultArgInFrom",
        false,
        "Default value for global ARG results in an empty or invalid base image name",
        "Give the ARG used in FROM a default that names a valid image");
  }

  /** BuildKit runs it over the whole file, before it reads any instruction's comments. */
  @Override
  boolean readsCheckComments() {
    return false;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    Optional<BuildEnv> defaults = defaults(context);
    if (defaults.isEmpty()) {
      return List.of();
    }
    ShellLex lex = new ShellLex(context.parsed().escapeToken());
    List<Finding> out = new ArrayList<>();
    for (Stage stage : context.instructions().stages()) {
      try {
        String base = lex.processWord(stage.baseName(), defaults.get().globalLookup());
        if (!valid(base)) {
          out.add(at(stage.from(), stage.index(), message(stage.baseName())));
        }
      } catch (ExpansionException e) {
        return out;
      }
    }
    return out;
  }

  private static String message(String baseName) {
    return "Default value for ARG " + baseName + " results in empty or invalid base image name";
  }

  private static Optional<BuildEnv> defaults(RuleContext context) {
    try {
      DockerfileInstructions metaOnly =
          new DockerfileInstructions(context.instructions().metaArgs(), List.of());
      return Optional.of(
          BuildEnv.resolve(metaOnly, context.parsed().escapeToken(), BuildOptions.defaults()));
    } catch (InstructionException e) {
      return Optional.empty();
    }
  }

  private static boolean valid(String base) {
    try {
      ImageReference.parse(base);
      return !base.isEmpty();
    } catch (InvalidReferenceException e) {
      return false;
    }
  }
}
