package dev.stagelens.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Keeps the records Jackson reads and writes reflectively in a native executable: every view, the
 * problem document and the request body.
 */
@RegisterForReflection(
    targets = {
      AnalysisRequest.class,
      AnalysisRequest.ContextRequest.class,
      AnalysisRequest.FileRequest.class,
      AnalysisView.class,
      AnalysisView.StageView.class,
      AnalysisView.ImageView.class,
      AnalysisView.OnbuildView.class,
      AnalysisView.EdgeView.class,
      AnalysisView.TargetView.class,
      AnalysisView.StepView.class,
      AnalysisView.StepFilesView.class,
      AnalysisView.PathView.class,
      AnalysisView.ImageContentView.class,
      AnalysisView.ImagePathView.class,
      AnalysisView.TableRowView.class,
      AnalysisView.StageTrackView.class,
      AnalysisView.TrackPointView.class,
      AnalysisView.ContextView.class,
      AnalysisView.SizeView.class,
      AnalysisView.RangeView.class,
      AnalysisView.StageSizeView.class,
      AnalysisView.SizesView.class,
      AnalysisView.CompressedView.class,
      AnalysisView.SavingsView.class,
      AnalysisView.WasteView.class,
      AnalysisView.FindingView.class,
      AnalysisView.WarningView.class,
      AstView.class,
      AstView.DirectiveView.class,
      AstView.NodeView.class,
      AstView.HeredocView.class,
      FindingsRequest.class,
      FindingsRequest.RulesOptions.class,
      FindingsView.class,
      GraphView.class,
      InstructionView.class,
      InstructionView.MountView.class,
      InstructionView.HeredocSourceView.class,
      InstructionView.PairView.class,
      InstructionView.ArgView.class,
      InstructionView.HealthcheckView.class,
      OptimizationView.class,
      OptimizationView.ChangeView.class,
      OptimizationView.DroppedView.class,
      OptimizationView.DockerignoreView.class,
      Problem.class,
      RuleView.class
    })
public final class NativeReflection {

  private NativeReflection() {}
}
