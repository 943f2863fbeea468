package dev.stagelens.api;

import java.util.List;

/**
 * The JSON answer of {@code POST /api/v1/graphs}, shaped by the {@code StageGraph} schema of the
 * contract: the stages, their dependencies and what building the target involves.
 */
public record GraphView(
    List<AnalysisView.StageView> stages,
    List<AnalysisView.EdgeView> edges,
    AnalysisView.TargetView target) {}
