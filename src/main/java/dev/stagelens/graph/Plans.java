package dev.stagelens.graph;

import dev.stagelens.parse.Deadline;
import java.util.ArrayList;
import java.util.List;

/** Derives what building a target involves from the stage dependencies. */
final class Plans {

  private Plans() {}

  /**
   * The plan for building {@code target}, where {@code deps.get(i)} lists the stages stage {@code
   * i} depends on (its base stage and its COPY and mount sources).
   */
  static BuildPlan plan(int stageCount, int target, List<List<Integer>> deps) {
    boolean[] needed = new boolean[stageCount];
    markNeeded(target, deps, needed);
    List<Integer> order = new ArrayList<>();
    List<Integer> skipped = new ArrayList<>();
    for (int i = 0; i < stageCount; i++) {
      (needed[i] ? order : skipped).add(i);
    }
    int[] level = new int[stageCount];
    int[] previous = new int[stageCount];
    List<List<Integer>> levels = new ArrayList<>();
    for (int stage : topologicalOrder(order, deps, stageCount)) {
      previous[stage] = -1;
      for (int dep : deps.get(stage)) {
        if (needed[dep] && level[dep] + 1 > level[stage]) {
          level[stage] = level[dep] + 1;
          previous[stage] = dep;
        }
      }
      while (levels.size() <= level[stage]) {
        levels.add(new ArrayList<>());
      }
      levels.get(level[stage]).add(stage);
    }
    levels.forEach(l -> l.sort(Integer::compare));
    return new BuildPlan(target, order, skipped, levels, criticalPath(target, previous));
  }

  private static void markNeeded(int target, List<List<Integer>> deps, boolean[] needed) {
    List<Integer> pending = new ArrayList<>(List.of(target));
    while (!pending.isEmpty()) {
      int stage = pending.remove(pending.size() - 1);
      if (!needed[stage]) {
        needed[stage] = true;
        pending.addAll(deps.get(stage));
      }
    }
  }

  /** Needed stages ordered so that each comes after its dependencies, file order otherwise. */
  private static List<Integer> topologicalOrder(
      List<Integer> order, List<List<Integer>> deps, int stageCount) {
    boolean[] placed = new boolean[stageCount];
    boolean[] inOrder = new boolean[stageCount];
    order.forEach(i -> inOrder[i] = true);
    List<Integer> out = new ArrayList<>();
    while (out.size() < order.size()) {
      Deadline.check();
      int before = out.size();
      for (int stage : order) {
        if (!placed[stage] && ready(stage, deps, placed, inOrder)) {
          placed[stage] = true;
          out.add(stage);
        }
      }
      if (out.size() == before) {
        throw new IllegalStateException(
            "stage dependencies form a cycle; cycles are rejected first");
      }
    }
    return out;
  }

  private static boolean ready(
      int stage, List<List<Integer>> deps, boolean[] placed, boolean[] inOrder) {
    for (int dep : deps.get(stage)) {
      if (inOrder[dep] && !placed[dep] && dep != stage) {
        return false;
      }
    }
    return true;
  }

  private static List<Integer> criticalPath(int target, int[] previous) {
    List<Integer> path = new ArrayList<>();
    for (int stage = target; stage >= 0; stage = previous[stage]) {
      path.add(0, stage);
    }
    return path;
  }
}
