package dev.stagelens.graph;

import dev.stagelens.parse.KeyedRuns;
import java.util.List;
import java.util.Map;

/**
 * The stages of a Dockerfile, what each depends on, and what building the target involves.
 *
 * @param stages the stages in file order
 * @param edges the dependencies, in the order the instructions that make them appear, which is the
 *     order of the stages they lead into
 * @param globalArgs the global scope after ARGs before the first FROM and build args: the values
 *     FROM lines expand against, automatic platform args included
 * @param plan what building the requested target involves
 */
public record StageGraph(
    List<GraphStage> stages,
    List<GraphEdge> edges,
    Map<String, String> globalArgs,
    BuildPlan plan) {

  public StageGraph {
    stages = List.copyOf(stages);
    edges = List.copyOf(edges);
    KeyedRuns.requireAscending(edges, GraphEdge::to, "edges, by the stage they lead into,");
    globalArgs = Map.copyOf(globalArgs);
  }

  /** The stage at {@code index}. */
  public GraphStage stage(int index) {
    return stages.get(index);
  }

  /** The stage the target builds. */
  public GraphStage target() {
    return stages.get(plan.target());
  }

  /**
   * The stages whose layers end up in the target image: the target and the stages it is built FROM,
   * in file order.
   */
  public List<GraphStage> shippedStages() {
    List<GraphStage> chain = new java.util.ArrayList<>();
    for (GraphStage stage = target();
        stage != null;
        stage = stage.baseStage() == null ? null : stage(stage.baseStage())) {
      chain.add(0, stage);
    }
    return chain;
  }

  /** The edges into stage {@code index}. */
  public List<GraphEdge> edgesInto(int index) {
    return KeyedRuns.withKey(edges, GraphEdge::to, index);
  }
}
