package dev.stagelens.rule;

import dev.stagelens.fs.StepRecord;
import dev.stagelens.graph.GraphStage;
import dev.stagelens.size.SizeEstimate;
import dev.stagelens.size.SizeReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The image's estimated size exceeds the budget the request gave. */
final class ImageOverBudget extends AbstractRule {

  private static final int CONTRIBUTORS = 3;

  ImageOverBudget() {
    super(
        "ImageOverBudget",
        Severity.WARNING,
        true,
        "The image's estimated size is over the requested budget",
        "Shrink the biggest contributors: a smaller base, fewer packages, or a multi-stage build");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    SizeReport sizes = context.sizes();
    if (sizes.withinBudget() == null || sizes.withinBudget()) {
      return List.of();
    }
    GraphStage target = context.graph().target();
    String message =
        "the image is estimated at "
            + sizes.image().bytes()
            + " bytes, over the budget of "
            + sizes.maxImageBytes()
            + " bytes; biggest contributors: "
            + String.join(", ", contributors(context));
    return List.of(at(target.startLine(), target.endLine(), target.index(), message));
  }

  private static List<String> contributors(RuleContext context) {
    List<StepRecord> steps = new ArrayList<>(context.shippedSteps());
    List<SizeEstimate> sizes = context.sizes().steps();
    steps.sort(Comparator.comparingLong((StepRecord s) -> sizes.get(s.index()).bytes()).reversed());
    List<String> out = new ArrayList<>();
    for (StepRecord step : steps.subList(0, Math.min(CONTRIBUTORS, steps.size()))) {
      out.add(
          "line "
              + step.instruction().startLine()
              + " ("
              + sizes.get(step.index()).bytes()
              + " bytes)");
    }
    return out;
  }
}
