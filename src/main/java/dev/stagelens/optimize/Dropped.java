package dev.stagelens.optimize;

import java.util.List;

/**
 * A rewrite the optimiser tried and did not keep.
 *
 * @param rewrite the id of the rewrite
 * @param message what the change would have done
 * @param lines the lines of the original Dockerfile it would have touched, ascending
 * @param reason why it was not kept: the check on the rewritten file that failed
 */
public record Dropped(String rewrite, String message, List<Integer> lines, String reason) {

  public Dropped {
    lines = List.copyOf(lines);
  }
}
