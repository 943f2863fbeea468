package dev.stagelens.graph;

import dev.stagelens.graph.StageGraphBuilder.Dependency;
import dev.stagelens.graph.StageGraphBuilder.Node;
import dev.stagelens.parse.Deadline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Finds a dependency cycle by depth-first search, as BuildKit's circular-dependency check.
 *
 * <p>The search keeps its own stack rather than recursing, so a chain of thousands of {@code COPY
 * --from} stages cannot overflow the thread's stack.
 */
final class Cycles {

  private Cycles() {}

  /**
   * The dependencies forming a cycle reachable from {@code start}, or null. {@code visited} carries
   * finished nodes across calls so that each node is searched once: {@code TRUE} while a node is on
   * the current path, {@code FALSE} once it is finished.
   */
  static List<Dependency> find(Node start, Map<Node, Boolean> visited) {
    if (visited.containsKey(start)) {
      return null;
    }
    Deque<Frame> stack = new ArrayDeque<>();
    List<Dependency> path = new ArrayList<>();
    enter(start, stack, visited);
    while (!stack.isEmpty()) {
      Frame frame = stack.peek();
      if (frame.next == frame.node.deps.size()) {
        visited.put(frame.node, Boolean.FALSE);
        stack.pop();
        if (!path.isEmpty()) {
          path.remove(path.size() - 1);
        }
        continue;
      }
      Dependency dep = frame.node.deps.get(frame.next++);
      Boolean state = visited.get(dep.source());
      if (state == Boolean.TRUE) {
        path.add(dep);
        return new ArrayList<>(path);
      }
      if (state == null) {
        path.add(dep);
        enter(dep.source(), stack, visited);
      }
    }
    return null;
  }

  private static void enter(Node node, Deque<Frame> stack, Map<Node, Boolean> visited) {
    Deadline.check(node.line, node.endLine);
    visited.put(node, Boolean.TRUE);
    stack.push(new Frame(node));
  }

  /** A node on the search path and the index of its next dependency to follow. */
  private static final class Frame {
    final Node node;
    int next;

    Frame(Node node) {
      this.node = node;
    }
  }
}
