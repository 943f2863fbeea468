package dev.stagelens.api;

import dev.stagelens.analysis.Analysis;
import dev.stagelens.fs.StepRecord;
import dev.stagelens.fs.TrackedPath;
import dev.stagelens.graph.StageGraph;
import dev.stagelens.instruction.StageEnv;
import dev.stagelens.parse.SecretPatterns;
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

  /** The default depth at which path trees are folded. */
  static final int DEFAULT_DEPTH = 3;

  /** The view of {@code analysis}, its findings explained by {@code rules}, secrets masked. */
  static AnalysisView toView(Analysis analysis, List<Rule> rules, int depth) {
    StageGraph graph = analysis.graph();
    SecretPatterns secrets = secrets(analysis);
    Map<String, Rule> byId = new HashMap<>();
    rules.forEach(r -> byId.put(r.id(), r));
    return new AnalysisView(
        GraphMapper.stages(graph),
        GraphMapper.edges(graph),
        GraphMapper.target(graph),
        steps(analysis, depth, secrets),
        sizes(analysis.sizes()),
        analysis.findings().stream().map(f -> finding(f, byId.get(f.rule()), secrets)).toList(),
        AstMapper.warnings(analysis.parsed().warnings(), secrets),
        FileViews.image(analysis, depth, secrets),
        FileViews.table(analysis, secrets),
        FileViews.tracker(analysis, depth, secrets),
        FileViews.context(analysis.context()));
  }

  /** Masks by name and shape, and the values every stage's secret-named variables end with. */
  static SecretPatterns secrets(Analysis analysis) {
    SecretPatterns secrets =
        AstMapper.secrets(analysis.parsed()).withValuesOf(analysis.env().globalArgs());
    for (StageEnv stage : analysis.env().stages()) {
      secrets = secrets.withValuesOf(stage.envAfter());
    }
    return secrets;
  }

  private static List<AnalysisView.StepView> steps(
      Analysis analysis, int depth, SecretPatterns secrets) {
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
              size(sizes.get(step.index()), secrets),
              FileViews.stepFiles(analysis, step, depth, secrets),
              step.missingSources()));
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

  /**
   * The view of a finding, explained by its {@code rule}, its message masked by {@code secrets}.
   */
  static AnalysisView.FindingView finding(Finding finding, Rule rule, SecretPatterns secrets) {
    return new AnalysisView.FindingView(
        finding.rule(),
        finding.severity().label(),
        finding.line(),
        finding.endLine(),
        secrets.redact(finding.message()),
        rule.description(),
        rule.fix());
  }
}
