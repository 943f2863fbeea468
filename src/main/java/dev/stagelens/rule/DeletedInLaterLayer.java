package dev.stagelens.rule;

import dev.stagelens.fs.StepRecord;
import dev.stagelens.fs.TrackedPath;
import java.util.ArrayList;
import java.util.List;

/** Files removed by a step although an earlier layer of the image still holds them. */
final class DeletedInLaterLayer extends AbstractRule {

  DeletedInLaterLayer() {
    super(
        "DeletedInLaterLayer",
        Severity.WARNING,
        true,
        "Files deleted in a later layer still ship in the layer that wrote them",
        "Delete them in the same RUN that creates them");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (StepRecord step : context.shippedSteps()) {
      for (TrackedPath hidden : step.files().hidden()) {
        int line = lineOfStep(context, hidden.step());
        out.add(
            at(
                step.instruction(),
                step.stage(),
                hidden.path() + " is deleted here but still ships in the layer of line " + line));
      }
    }
    return out;
  }

  private static int lineOfStep(RuleContext context, int index) {
    return context.files().steps().get(index).instruction().startLine();
  }
}
