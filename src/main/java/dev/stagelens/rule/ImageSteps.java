package dev.stagelens.rule;

import dev.stagelens.fs.StepRecord;
import dev.stagelens.fs.TrackedPath;
import dev.stagelens.instruction.Instruction;
import java.util.List;
import java.util.function.Predicate;

/** Walks the paths that the layers of the shipped stages write. */
final class ImageSteps {

  private ImageSteps() {}

  /** The step record of {@code instruction}. */
  static StepRecord stepOf(RuleContext context, Instruction instruction) {
    for (StepRecord step : context.files().steps()) {
      if (step.instruction() == instruction) {
        return step;
      }
    }
    throw new IllegalArgumentException("no step record for line " + instruction.startLine());
  }

  /** Calls {@code action} for every path a shipped layer adds that {@code wanted} accepts. */
  static void forAdded(
      RuleContext context,
      Predicate<TrackedPath> wanted,
      java.util.function.BiConsumer<StepRecord, TrackedPath> action) {
    for (StepRecord step : context.shippedSteps()) {
      if (!step.layer()) {
        continue;
      }
      List<TrackedPath> added = step.files().added();
      for (TrackedPath path : added) {
        if (wanted.test(path)) {
          action.accept(step, path);
        }
      }
    }
  }
}
