package dev.stagelens.api;

import dev.stagelens.graph.GraphEdge;
import dev.stagelens.graph.GraphStage;
import dev.stagelens.graph.ImageReference;
import dev.stagelens.graph.StageGraph;
import dev.stagelens.instruction.OnbuildInstruction;
import java.util.List;

/** Maps a stage graph to its API views, so that no internal type reaches the wire. */
final class GraphMapper {

  private GraphMapper() {}

  /** The answer of {@code POST /api/v1/graphs} as JSON. */
  static GraphView toView(StageGraph graph) {
    return new GraphView(stages(graph), edges(graph), target(graph));
  }

  static List<AnalysisView.StageView> stages(StageGraph graph) {
    return graph.stages().stream().map(s -> stage(s, graph)).toList();
  }

  static List<AnalysisView.EdgeView> edges(StageGraph graph) {
    return graph.edges().stream().map(GraphMapper::edge).toList();
  }

  static AnalysisView.TargetView target(StageGraph graph) {
    return new AnalysisView.TargetView(
        graph.plan().target(),
        graph.target().name(),
        graph.plan().buildOrder(),
        graph.plan().skipped(),
        graph.plan().levels(),
        graph.plan().criticalPath());
  }

  private static AnalysisView.StageView stage(GraphStage stage, StageGraph graph) {
    String docComment = stage.stage().docComment();
    return new AnalysisView.StageView(
        stage.index(),
        stage.name(),
        stage.base(),
        stage.baseImage() == null ? null : stage.baseImage().toString(),
        stage.baseStage(),
        stage.platform(),
        graph.plan().builds(stage.index()),
        stage.startLine(),
        stage.endLine(),
        stage.stage().nameAsWritten().orElse(null),
        image(stage.baseImage()),
        stage.isScratch(),
        stage.stage().platform().orElse(null),
        docComment == null || docComment.isEmpty() ? null : docComment,
        stage.stage().comments(),
        onbuild(stage, graph));
  }

  private static AnalysisView.ImageView image(ImageReference image) {
    if (image == null) {
      return null;
    }
    return new AnalysisView.ImageView(
        image.registry(), image.repository(), image.tag(), image.digest(), image.familiarName());
  }

  private static List<AnalysisView.OnbuildView> onbuild(GraphStage stage, StageGraph graph) {
    if (stage.baseStage() == null) {
      return List.of();
    }
    return graph.stage(stage.baseStage()).stage().commands().stream()
        .filter(OnbuildInstruction.class::isInstance)
        .map(OnbuildInstruction.class::cast)
        .map(o -> new AnalysisView.OnbuildView(o.startLine(), o.endLine(), o.expression()))
        .toList();
  }

  private static AnalysisView.EdgeView edge(GraphEdge edge) {
    return new AnalysisView.EdgeView(
        edge.from(),
        edge.to(),
        edge.kind().label(),
        edge.line(),
        edge.image(),
        edge.endLine(),
        edge.onbuild());
  }
}
