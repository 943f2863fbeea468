package dev.stagelens.rule;

import dev.stagelens.fs.StepRecord;
import dev.stagelens.instruction.UserInstruction;
import java.util.List;

/** The image's last USER is root. */
final class RootUserInImage extends AbstractRule {

  RootUserInImage() {
    super(
        "RootUserInImage",
        Severity.WARNING,
        true,
        "The image runs as root because its last USER is root",
        "Add a non-root user and end the final stage with USER <name>",
        "DL3002");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    StepRecord last = null;
    for (StepRecord step : context.shippedSteps()) {
      if (step.instruction() instanceof UserInstruction) {
        last = step;
      }
    }
    if (last == null) {
      return List.of();
    }
    String user = last.user();
    String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
    if (!name.equals("root") && !name.equals("0")) {
      return List.of();
    }
    return List.of(
        at(
            last.instruction(),
            last.stage(),
            "last USER of the image is '" + user + "'; the container runs as root"));
  }
}
