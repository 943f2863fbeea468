package dev.stagelens.optimize;

import java.util.List;

/**
 * A rewrite the optimiser applied.
 *
 * @param rewrite the id of the rewrite, such as {@code apt-lists}
 * @param message what the change does and why it keeps the image's behaviour
 * @param lines the lines of the original Dockerfile it touches, ascending
 * @param savedBytes how much smaller the image estimate became with it, in bytes
 */
public record Change(String rewrite, String message, List<Integer> lines, long savedBytes) {

  public Change {
    lines = List.copyOf(lines);
  }
}
