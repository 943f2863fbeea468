package dev.stagelens.graph.render;

import dev.stagelens.graph.GraphEdge;
import dev.stagelens.graph.GraphStage;
import dev.stagelens.graph.StageGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stage graph as boxes and arrows, the one picture every format draws: a box per stage, one per
 * distinct external image a stage copies or mounts from, and an arrow per dependency.
 *
 * @param nodes the stages in file order, then the images in order of first use
 * @param edges the dependencies in the order their instructions appear
 */
public record Diagram(List<DiagramNode> nodes, List<DiagramEdge> edges) {

  public Diagram {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** The diagram of {@code graph}. */
  public static Diagram of(StageGraph graph) {
    List<DiagramNode> nodes = new ArrayList<>();
    for (GraphStage stage : graph.stages()) {
      nodes.add(stageNode(stage, graph));
    }
    Map<String, String> imageIds = new LinkedHashMap<>();
    List<DiagramEdge> edges = new ArrayList<>();
    for (GraphEdge edge : graph.edges()) {
      String from;
      if (edge.from() != null) {
        from = stageId(edge.from());
      } else {
        from = imageIds.computeIfAbsent(edge.image(), image -> "i" + imageIds.size());
      }
      boolean built = graph.plan().builds(edge.to());
      edges.add(
          new DiagramEdge(
              from, stageId(edge.to()), edge.kind(), edge.onbuild(), edge.line(), built));
    }
    imageIds.forEach(
        (image, id) -> nodes.add(new DiagramNode(id, image, "image", NodeKind.IMAGE, false)));
    return new Diagram(nodes, edges);
  }

  private static DiagramNode stageNode(GraphStage stage, StageGraph graph) {
    NodeKind kind =
        graph.plan().builds(stage.index()) ? NodeKind.BUILT_STAGE : NodeKind.SKIPPED_STAGE;
    String detail = "FROM " + stage.expandedBase();
    return new DiagramNode(
        stageId(stage.index()),
        stage.displayName(),
        detail,
        kind,
        stage.index() == graph.plan().target());
  }

  private static String stageId(int index) {
    return "s" + index;
  }
}
