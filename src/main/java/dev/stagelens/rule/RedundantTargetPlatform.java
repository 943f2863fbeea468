package dev.stagelens.rule;

import dev.stagelens.instruction.ExpansionResult;
import dev.stagelens.instruction.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** BuildKit's RedundantTargetPlatform: {@code FROM --platform=$TARGETPLATFORM}. */
final class RedundantTargetPlatform extends BuildKitCheck {

  private static final String TARGET_PLATFORM = "TARGETPLATFORM";

  RedundantTargetPlatform() {
    super(
        "RedundantTargetPlatform",
        false,
        "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the "
            + "default behavior",
        "Remove the --platform flag");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (Stage stage : context.instructions().stages()) {
      String platform = stage.platform().orElse(null);
      if (platform != null
          && FromArgs.expand(context, platform).filter(r -> redundant(context, r)).isPresent()) {
        out.add(at(stage.from(), stage.index(), message(platform)));
      }
    }
    return out;
  }

  private static boolean redundant(RuleContext context, ExpansionResult result) {
    return result.matched().equals(java.util.Set.of(TARGET_PLATFORM))
        && result.unmatched().isEmpty()
        && Objects.equals(result.result(), context.env().globalArgs().get(TARGET_PLATFORM));
  }

  private static String message(String platform) {
    return "Setting platform to predefined "
        + platform
        + " in FROM is redundant as this is the default behavior";
  }
}
