package dev.stagelens.api;

import dev.stagelens.analysis.Analysis;
import dev.stagelens.fs.StepRecord;
import dev.stagelens.fs.TrackedPath;
import dev.stagelens.graph.GraphEdge;
import dev.stagelens.graph.GraphStage;
import dev.stagelens.graph.StageGraph;
import dev.stagelens.rule.Finding;
import dev.stagelens.rule.Rule;
import dev.stagelens.size.SizeEstimate;
import dev.stagelens.size.SizeReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Maps an analysis to its API view, so that no internal type reaches the wire. */
final class AnalysisMapper {

  private AnalysisMapper() {}

  static AnalysisView toView(Analysis analysis, List<Rule> rules) {
    StageGraph graph = analysis.graph();
    Map<String, Rule> byId = new HashMap<>();
    rules.forEach(r -> byId.put(r.id(), r));
    return new AnalysisView(
        graph.stages().stream().map(s -> stage(s, graph)).toList(),
        graph.edges().stream().map(AnalysisMapper::edge).toList(),
        new AnalysisView.TargetView(
            graph.plan().target(),
            graph.target().name(),
            graph.plan().buildOrder(),
            graph.plan().skipped()),
        steps(analysis),
        sizes(analysis.sizes()),
        analysis.findings().stream().map(f -> finding(f, byId.get(f.rule()))).toList(),
        AstMapper.warnings(analysis.parsed().warnings()));
  }

  private static AnalysisView.StageView stage(GraphStage stage, StageGraph graph) {
    return new AnalysisView.StageView(
        stage.index(),
        stage.name(),
        stage.base(),
        stage.baseImage() == null ? null : stage.baseImage().toString(),
        stage.baseStage(),
        stage.platform(),
        graph.plan().builds(stage.index()),
        stage.startLine(),
        stage.endLine());
  }

  private static AnalysisView.EdgeView edge(GraphEdge edge) {
    return new AnalysisView.EdgeView(
        edge.from(), edge.to(), edge.kind().label(), edge.line(), edge.image());
  }

  private static List<AnalysisView.StepView> steps(Analysis analysis) {
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
              size(sizes.get(step.index()))));
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
    return new AnalysisView.SizesView(
        stages, new AnalysisView.RangeView(image.bytes(), image.low(), image.high()));
  }

  private static AnalysisView.FindingView finding(Finding finding, Rule rule) {
    return new AnalysisView.FindingView(
        finding.rule(),
        finding.severity().label(),
        finding.line(),
        finding.endLine(),
        finding.message(),
        rule.description(),
        rule.fix());
  }
}
