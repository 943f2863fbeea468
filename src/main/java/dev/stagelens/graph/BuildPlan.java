package dev.stagelens.graph;

import java.util.List;
import java.util.Set;

/**
 * What building one target involves.
 *
 * @param target the index of the target stage
 * @param buildOrder the stages the target needs, dependencies first (file order among equals)
 * @param skipped the stages the target does not need, which BuildKit prunes
 * @param levels the needed stages grouped into waves that can build at the same time
 * @param criticalPath the longest chain of dependent stages ending at the target, measured in
 *     stages, first stage first
 */
public record BuildPlan(
    int target,
    List<Integer> buildOrder,
    List<Integer> skipped,
    List<List<Integer>> levels,
    List<Integer> criticalPath) {

  public BuildPlan {
    buildOrder = List.copyOf(buildOrder);
    skipped = List.copyOf(skipped);
    levels = levels.stream().map(List::copyOf).toList();
    criticalPath = List.copyOf(criticalPath);
  }

  /** True when the target needs stage {@code index}. */
  public boolean builds(int index) {
    return Set.copyOf(buildOrder).contains(index);
  }
}
