package dev.stagelens.api;

import dev.stagelens.analysis.Analysis;
import dev.stagelens.fs.StepRecord;
import dev.stagelens.fs.TrackedPath;
import dev.stagelens.graph.GraphEdge;
import dev.stagelens.graph.GraphStage;
import dev.stagelens.graph.StageGraph;
import dev.stagelens.instruction.StageEnv;
import dev.stagelens.parse.SecretPatterns;
import dev.stagelens.rule.Finding;
import dev.stagelens.size.SizeEstimate;
import dev.stagelens.size.SizeReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps an analysis to its API view, so that no internal type and no secret-looking value reaches
 * the wire.
 */
final class AnalysisMapper {

  private AnalysisMapper() {}

  /** The view of {@code analysis}, with every secret-looking value masked. */
  static AnalysisView toView(Analysis analysis) {
    StageGraph graph = analysis.graph();
    SecretPatterns secrets = secrets(analysis);
    return new AnalysisView(
        graph.stages().stream().map(s -> stage(s, graph, secrets)).toList(),
        graph.edges().stream().map(e -> edge(e, secrets)).toList(),
        new AnalysisView.TargetView(
            graph.plan().target(),
            graph.target().name(),
            graph.plan().buildOrder(),
            graph.plan().skipped()),
        steps(analysis, secrets),
        sizes(analysis.sizes()),
        analysis.findings().stream().map(f -> finding(f, secrets)).toList(),
        AstMapper.warnings(analysis.parsed().warnings(), secrets));
  }

  /** Masks by name and shape, and the values every stage's secret-named variables end with. */
  private static SecretPatterns secrets(Analysis analysis) {
    SecretPatterns secrets =
        AstMapper.secrets(analysis.parsed()).withValuesOf(analysis.env().globalArgs());
    for (StageEnv stage : analysis.env().stages()) {
      secrets = secrets.withValuesOf(stage.envAfter());
    }
    return secrets;
  }

  private static AnalysisView.StageView stage(
      GraphStage stage, StageGraph graph, SecretPatterns secrets) {
    return new AnalysisView.StageView(
        stage.index(),
        stage.name(),
        secrets.redact(stage.base()),
        stage.baseImage() == null ? null : secrets.redact(stage.baseImage().toString()),
        stage.baseStage(),
        stage.platform(),
        graph.plan().builds(stage.index()),
        stage.startLine(),
        stage.endLine());
  }

  private static AnalysisView.EdgeView edge(GraphEdge edge, SecretPatterns secrets) {
    return new AnalysisView.EdgeView(
        edge.from(), edge.to(), edge.kind().label(), edge.line(), secrets.redact(edge.image()));
  }

  private static List<AnalysisView.StepView> steps(Analysis analysis, SecretPatterns secrets) {
    List<AnalysisView.StepView> out = new ArrayList<>();
    List<SizeEstimate> sizes = analysis.sizes().steps();
    for (StepRecord step : analysis.files().steps()) {
      out.add(
          new AnalysisView.StepView(
              step.stage(),
              step.instruction().startLine(),
              step.instruction().endLine(),
              step.instruction().keyword(),
              secrets.redact(step.instruction().node().original()),
              paths(List.copyOf(step.files().after().paths()), secrets),
              paths(step.files().added(), secrets),
              paths(step.files().removed(), secrets),
              paths(step.files().hidden(), secrets),
              size(sizes.get(step.index()), secrets)));
    }
    return out;
  }

  private static List<String> paths(List<TrackedPath> entries, SecretPatterns secrets) {
    return entries.stream().map(entry -> secrets.redact(entry.path())).toList();
  }

  private static AnalysisView.SizeView size(SizeEstimate size, SecretPatterns secrets) {
    return new AnalysisView.SizeView(
        size.bytes(), size.low(), size.high(), secrets.redact(size.basis()));
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

  private static AnalysisView.FindingView finding(Finding finding, SecretPatterns secrets) {
    return new AnalysisView.FindingView(
        finding.rule(),
        finding.severity().label(),
        finding.line(),
        finding.endLine(),
        secrets.redact(finding.message()));
  }
}
