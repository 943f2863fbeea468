package dev.stagelens.size;

import dev.stagelens.fs.FileReport;
import dev.stagelens.fs.StepRecord;
import dev.stagelens.fs.TrackedPath;
import dev.stagelens.graph.GraphStage;
import dev.stagelens.graph.StageGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Estimates layer, stage and image sizes from the tracked files, as Docker stacks layers: each
 * layer holds what its step wrote; deleting in a later layer hides but does not shrink; a stage
 * weighs its base plus its layers.
 */
public final class SizeEstimator {

  private final BaseImageCatalog catalog;
  private final SizeDefaults defaults;

  public SizeEstimator(BaseImageCatalog catalog, SizeDefaults defaults) {
    this.catalog = catalog;
    this.defaults = defaults;
  }

  /** The estimates for every step, stage and the target image. */
  public SizeReport estimate(StageGraph graph, FileReport files) {
    List<SizeEstimate> steps = new ArrayList<>();
    List<SizeEstimate> stages = new ArrayList<>();
    for (GraphStage stage : graph.stages()) {
      SizeEstimate total = null;
      for (StepRecord step : files.stepsOf(stage.index())) {
        SizeEstimate size = total == null ? base(stage, stages) : layer(step);
        steps.add(size);
        total = total == null ? size : total.plus(size);
      }
      stages.add(total.withBasis(stageBasis(stage)));
    }
    SizeEstimate image = stages.get(graph.plan().target());
    return new SizeReport(
        steps, stages, image.withBasis("the target stage " + display(graph.target())));
  }

  private SizeEstimate base(GraphStage stage, List<SizeEstimate> earlier) {
    if (stage.baseStage() != null) {
      return earlier
          .get(stage.baseStage())
          .withBasis("starts from stage " + stage.baseStage() + "'s estimate");
    }
    if (stage.isScratch()) {
      return new SizeEstimate(0, 0, 0, "scratch: an empty filesystem");
    }
    return catalog.estimate(stage.baseImage());
  }

  private SizeEstimate layer(StepRecord step) {
    if (!step.layer()) {
      return SizeEstimate.ZERO;
    }
    List<TrackedPath> added = step.files().added();
    if (added.isEmpty()) {
      return new SizeEstimate(0, 0, 4096, "writes no tracked path; metadata and whiteouts only");
    }
    SizeEstimate sum = new SizeEstimate(0, 0, 0, "");
    List<String> reasons = new ArrayList<>();
    for (TrackedPath entry : added) {
      SizeEstimate part = defaults.estimate(entry);
      sum = sum.plus(part);
      if (part.bytes() > 0 || added.size() == 1) {
        reasons.add(entry.path() + ": " + part.basis());
      }
    }
    return sum.withBasis(String.join("; ", reasons));
  }

  private static String stageBasis(GraphStage stage) {
    return "base "
        + (stage.baseStage() != null
            ? "stage " + stage.baseStage()
            : stage.isScratch() ? "scratch" : stage.baseImage())
        + " plus the stage's layers";
  }

  private static String display(GraphStage stage) {
    return stage.name() != null ? stage.name() : String.valueOf(stage.index());
  }
}
