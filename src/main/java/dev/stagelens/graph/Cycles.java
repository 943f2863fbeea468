package dev.stagelens.graph;

import dev.stagelens.graph.StageGraphBuilder.Dependency;
import dev.stagelens.graph.StageGraphBuilder.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds a dependency cycle by depth-first search, as BuildKit's circular-dependency check. */
final class Cycles {

  private Cycles() {}

  /**
   * The dependencies forming a cycle reachable from {@code start}, or null. {@code visited} carries
   * finished nodes across calls so that each node is searched once.
   */
  static List<Dependency> find(Node start, Map<Node, Boolean> visited) {
    return visit(start, new ArrayList<>(), visited);
  }

  private static List<Dependency> visit(
      Node node, List<Dependency> path, Map<Node, Boolean> visited) {
    Boolean state = visited.get(node);
    if (state != null) {
      return null;
    }
    visited.put(node, Boolean.TRUE);
    for (Dependency dep : node.deps) {
      path.add(dep);
      if (visited.get(dep.source()) == Boolean.TRUE) {
        return new ArrayList<>(path);
      }
      List<Dependency> found = visit(dep.source(), path, visited);
      if (found != null) {
        return found;
      }
      path.remove(path.size() - 1);
    }
    visited.put(node, Boolean.FALSE);
    return null;
  }
}
