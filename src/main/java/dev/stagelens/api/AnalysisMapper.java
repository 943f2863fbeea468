package dev.stagelens.api;

import dev.stagelens.analysis.Analysis;
import dev.stagelens.fs.StepRecord;
import dev.stagelens.fs.TrackedPath;
import dev.stagelens.graph.StageGraph;
import dev.stagelens.rule.Finding;
import dev.stagelens.size.SizeEstimate;
import dev.stagelens.size.SizeReport;
import java.util.ArrayList;
import java.util.List;

/** Maps an analysis to its API view, so that no internal type reaches the wire. */
final class AnalysisMapper {

  private AnalysisMapper() {}

  /** The default depth at which path trees are folded. */
  static final int DEFAULT_DEPTH = 3;

  static AnalysisView toView(Analysis analysis) {
    return toView(analysis, DEFAULT_DEPTH);
  }

  static AnalysisView toView(Analysis analysis, int depth) {
    StageGraph graph = analysis.graph();
    return new AnalysisView(
        GraphMapper.stages(graph),
        GraphMapper.edges(graph),
        GraphMapper.target(graph),
        steps(analysis, depth),
        sizes(analysis.sizes()),
        analysis.findings().stream().map(AnalysisMapper::finding).toList(),
        AstMapper.warnings(analysis.parsed().warnings()),
        FileViews.image(analysis, depth),
        FileViews.table(analysis),
        FileViews.tracker(analysis, depth),
        FileViews.context(analysis.context()));
  }

  private static List<AnalysisView.StepView> steps(Analysis analysis, int depth) {
    List<AnalysisView.StepView> out = new ArrayList<>();
    List<SizeEstimate> sizes = analysis.sizes().steps();
    for (StepRecord step : analysis.files().steps()) {
      out.add(
          new AnalysisView.StepView(
              step.stage(),
              step.instruction().startLine(),
              step.instruction().endLine(),
              step.instruction().keyword(),
              step.instruction().node().original(),
              paths(List.copyOf(step.files().after().paths())),
              paths(step.files().added()),
              paths(step.files().removed()),
              paths(step.files().hidden()),
              size(sizes.get(step.index())),
              FileViews.stepFiles(analysis, step, depth),
              step.missingSources()));
    }
    return out;
  }

  private static List<String> paths(List<TrackedPath> entries) {
    return entries.stream().map(TrackedPath::path).toList();
  }

  private static AnalysisView.SizeView size(SizeEstimate size) {
    return new AnalysisView.SizeView(size.bytes(), size.low(), size.high(), size.basis());
  }

  private static AnalysisView.SizesView sizes(SizeReport report) {
    List<AnalysisView.StageSizeView> stages = new ArrayList<>();
    for (int i = 0; i < report.stages().size(); i++) {
      SizeEstimate s = report.stages().get(i);
      stages.add(new AnalysisView.StageSizeView(i, s.bytes(), s.low(), s.high()));
    }
    SizeEstimate image = report.image();
    SizeEstimate compressed = report.compressed();
    return new AnalysisView.SizesView(
        stages,
        new AnalysisView.RangeView(image.bytes(), image.low(), image.high()),
        new AnalysisView.CompressedView(
            compressed.bytes(), compressed.low(), compressed.high(), compressed.basis()),
        savings(report.savings()),
        report.waste().stream()
            .map(
                w ->
                    new AnalysisView.WasteView(
                        w.line(), w.causeLine(), w.path(), w.kind(), w.bytes()))
            .toList(),
        report.maxImageBytes(),
        report.withinBudget());
  }

  private static AnalysisView.SavingsView savings(SizeReport.Savings savings) {
    return savings == null
        ? null
        : new AnalysisView.SavingsView(
            savings.builderStage(),
            savings.builderBytes(),
            savings.imageBytes(),
            savings.savedBytes());
  }

  static AnalysisView.FindingView finding(Finding finding) {
    return new AnalysisView.FindingView(
        finding.rule(),
        finding.severity().label(),
        finding.line(),
        finding.endLine(),
        finding.message());
  }
}
