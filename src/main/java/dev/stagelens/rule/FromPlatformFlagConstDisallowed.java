package dev.stagelens.rule;

import dev.stagelens.instruction.ExpansionResult;
import dev.stagelens.instruction.Platform;
import dev.stagelens.instruction.Stage;
import dev.stagelens.parse.GoQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BuildKit's FromPlatformFlagConstDisallowed: {@code FROM --platform} with a constant value, unless
 * the stage name mentions its OS or architecture.
 */
final class FromPlatformFlagConstDisallowed extends BuildKitCheck {

  FromPlatformFlagConstDisallowed() {
    super(
        "FromPlatformFlagConstDisallowed",
        false,
        "FROM --platform flag should not use a constant value",
        "Use a build argument such as $BUILDPLATFORM, or name the stage after its platform");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (Stage stage : context.instructions().stages()) {
      Optional<ExpansionResult> result =
          stage.platform().flatMap(platform -> FromArgs.expand(context, platform));
      if (result.isPresent() && constant(result.get(), stage.name().orElse(""))) {
        out.add(
            at(
                stage.from(),
                stage.index(),
                "FROM --platform flag should not use constant value "
                    + GoQuote.quote(result.get().result())));
      }
    }
    return out;
  }

  private static boolean constant(ExpansionResult result, String stageName) {
    if (!result.matched().isEmpty() || !result.unmatched().isEmpty()) {
      return false;
    }
    try {
      Platform platform = Platform.parse(result.result());
      return !stageName.contains(platform.os()) && !stageName.contains(platform.architecture());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
