package dev.stagelens.api;

import dev.stagelens.analysis.Analysis;
import dev.stagelens.fs.BuildContext;
import dev.stagelens.fs.ContextFile;
import dev.stagelens.fs.FileState;
import dev.stagelens.fs.PathSummary;
import dev.stagelens.fs.StepRecord;
import dev.stagelens.fs.TrackedPath;
import dev.stagelens.graph.GraphStage;
import dev.stagelens.graph.StageGraph;
import dev.stagelens.parse.SecretPatterns;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Maps the tracked files of an analysis to the detailed path views of the contract. */
final class FileViews {

  private FileViews() {}

  static AnalysisView.StepFilesView stepFiles(
      Analysis analysis, StepRecord step, int depth, SecretPatterns secrets) {
    return new AnalysisView.StepFilesView(
        paths(analysis, step.files().after().paths(), depth, secrets),
        paths(analysis, step.files().added(), depth, secrets),
        paths(analysis, step.files().removed(), depth, secrets),
        paths(analysis, step.files().hidden(), depth, secrets));
  }

  static List<AnalysisView.PathView> paths(
      Analysis analysis, Collection<TrackedPath> entries, int depth, SecretPatterns secrets) {
    List<AnalysisView.PathView> out = new ArrayList<>();
    for (PathSummary summary : PathSummary.of(entries, depth)) {
      TrackedPath entry = summary.entry();
      out.add(
          new AnalysisView.PathView(
              secrets.redact(summary.path()),
              summary.kind(),
              certainty(summary),
              bytes(summary),
              summary.folded(),
              entry == null ? null : entry.stage(),
              entry == null ? null : line(analysis, entry)));
    }
    return out;
  }

  static AnalysisView.ImageContentView image(Analysis analysis, int depth, SecretPatterns secrets) {
    StageGraph graph = analysis.graph();
    int target = graph.plan().target();
    String baseImage = rootImage(graph, target);
    List<AnalysisView.ImagePathView> out = new ArrayList<>();
    out.add(
        new AnalysisView.ImagePathView(
            "/", "base", "declared", null, 0, "base", null, null, null, baseImage));
    FileState last = analysis.files().finalStates().get(target);
    for (PathSummary summary : PathSummary.of(last.paths(), depth)) {
      out.add(imagePath(analysis, summary, secrets));
    }
    return new AnalysisView.ImageContentView(target, baseImage, out);
  }

  private static AnalysisView.ImagePathView imagePath(
      Analysis analysis, PathSummary summary, SecretPatterns secrets) {
    TrackedPath entry = summary.entry();
    StepRecord step = entry == null ? null : analysis.files().steps().get(entry.step());
    return new AnalysisView.ImagePathView(
        secrets.redact(summary.path()),
        summary.kind(),
        certainty(summary),
        bytes(summary),
        summary.folded(),
        "step",
        entry == null ? null : entry.stage(),
        entry == null ? null : analysis.graph().stages().get(entry.stage()).name(),
        step == null ? null : step.instruction().startLine(),
        step == null ? null : secrets.redact(step.instruction().node().original()));
  }

  private static String rootImage(StageGraph graph, int stage) {
    GraphStage current = graph.stages().get(stage);
    while (current.baseStage() != null) {
      current = graph.stages().get(current.baseStage());
    }
    return current.baseImage() == null ? current.base() : current.baseImage().toString();
  }

  static List<AnalysisView.TableRowView> table(Analysis analysis, SecretPatterns secrets) {
    List<AnalysisView.TableRowView> rows = new ArrayList<>();
    for (StepRecord step : analysis.files().steps()) {
      rows.add(
          new AnalysisView.TableRowView(
              step.index() + 1,
              step.stage(),
              analysis.graph().stages().get(step.stage()).name(),
              step.instruction().startLine(),
              step.instruction().keyword(),
              secrets.redact(step.instruction().node().original()),
              step.layer(),
              step.files().after().paths().size(),
              analysis.sizes().steps().get(step.index()).bytes()));
    }
    return rows;
  }

  static List<AnalysisView.StageTrackView> tracker(
      Analysis analysis, int depth, SecretPatterns secrets) {
    List<AnalysisView.StageTrackView> out = new ArrayList<>();
    for (GraphStage stage : analysis.graph().stages()) {
      List<StepRecord> steps = analysis.files().stepsOf(stage.index());
      List<AnalysisView.TrackPointView> layers = new ArrayList<>();
      for (StepRecord step : steps) {
        if (step.layer()) {
          layers.add(
              new AnalysisView.TrackPointView(
                  step.instruction().startLine(),
                  step.instruction().keyword(),
                  paths(analysis, step.files().after().paths(), depth, secrets)));
        }
      }
      FileState start = steps.get(0).files().after();
      FileState end = analysis.files().finalStates().get(stage.index());
      out.add(
          new AnalysisView.StageTrackView(
              stage.index(),
              stage.name(),
              paths(analysis, start.paths(), depth, secrets),
              layers,
              paths(analysis, end.paths(), depth, secrets)));
    }
    return out;
  }

  static AnalysisView.ContextView context(BuildContext context) {
    if (context == null) {
      return null;
    }
    List<ContextFile> entries = context.entries();
    long bytes = entries.stream().mapToLong(ContextFile::bytes).sum();
    int files = (int) entries.stream().filter(e -> !e.isDirectory()).count();
    return new AnalysisView.ContextView(files, bytes, context.excluded());
  }

  private static Integer line(Analysis analysis, TrackedPath entry) {
    return analysis.files().steps().get(entry.step()).instruction().startLine();
  }

  private static String certainty(PathSummary summary) {
    return summary.certainty().name().toLowerCase(Locale.ROOT);
  }

  private static Long bytes(PathSummary summary) {
    return summary.bytes() < 0 ? null : summary.bytes();
  }
}
