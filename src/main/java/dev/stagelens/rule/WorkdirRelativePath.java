package dev.stagelens.rule;

import dev.stagelens.instruction.Stage;
import dev.stagelens.instruction.WorkdirInstruction;
import dev.stagelens.parse.GoQuote;
import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's WorkdirRelativePath: the first WORKDIR of a stage is relative, so it depends on the
 * base image's working directory. Later WORKDIRs are not checked, as in BuildKit.
 */
final class WorkdirRelativePath extends BuildKitCheck {

  WorkdirRelativePath() {
    super(
        "WorkdirRelativePath",
        true,
        "Relative workdir without an absolute workdir declared within the build can have "
            + "unexpected results if the base image changes",
        "Make the first WORKDIR of the stage an absolute path",
        "DL3000");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (Stage stage : Scan.stages(context, scope())) {
      Scan.steps(stage).stream()
          .filter(step -> step.instruction() instanceof WorkdirInstruction)
          .findFirst()
          .ifPresent(
              step -> {
                String path = ((WorkdirInstruction) Expansions.expanded(context, step)).path();
                if (!absolute(path)) {
                  out.add(at(step.instruction(), stage.index(), message(path)));
                }
              });
    }
    return out;
  }

  private static boolean absolute(String path) {
    return path.startsWith("/") || path.matches("^[A-Za-z]:[\\\\/].*");
  }

  private static String message(String path) {
    return "Relative workdir "
        + GoQuote.quote(path)
        + " can have unexpected results if the base image changes";
  }
}
