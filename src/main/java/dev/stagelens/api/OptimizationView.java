package dev.stagelens.api;

import dev.stagelens.optimize.Optimization;
import java.util.List;

/**
 * The answer of {@code POST /api/v1/optimizations}.
 *
 * @param dockerfile the rewritten Dockerfile; the original when nothing changed
 * @param changed true when at least one change was applied
 * @param statement one sentence saying what was done, or that nothing could be done safely
 * @param changes the changes applied, in order
 * @param dropped the changes tried and not kept, with the reason
 * @param diff a unified diff from the original to {@code dockerfile}, empty when unchanged
 * @param beforeBytes the original image estimate in bytes
 * @param afterBytes the rewritten image estimate in bytes
 * @param savedBytes {@code beforeBytes - afterBytes}
 * @param dockerignore a suggested {@code .dockerignore}, or null when none is needed
 */
public record OptimizationView(
    String dockerfile,
    boolean changed,
    String statement,
    List<ChangeView> changes,
    List<DroppedView> dropped,
    String diff,
    long beforeBytes,
    long afterBytes,
    long savedBytes,
    DockerignoreView dockerignore) {

  /**
   * One applied change.
   *
   * @param rewrite the rewrite's id
   * @param message what it does and why it is safe
   * @param lines the original lines it touches
   * @param savedBytes how much smaller the estimate became with it
   */
  public record ChangeView(String rewrite, String message, List<Integer> lines, long savedBytes) {}

  /**
   * One change tried and dropped.
   *
   * @param rewrite the rewrite's id
   * @param message what it would have done
   * @param lines the original lines it would have touched
   * @param reason the check that failed
   */
  public record DroppedView(String rewrite, String message, List<Integer> lines, String reason) {}

  /**
   * A suggested {@code .dockerignore}.
   *
   * @param lines the lines that copy the whole context
   * @param reason why it helps
   * @param text the file to add
   */
  public record DockerignoreView(List<Integer> lines, String reason, String text) {}

  /** The view of {@code optimization}. */
  static OptimizationView of(Optimization optimization) {
    return new OptimizationView(
        optimization.rewritten(),
        !optimization.changes().isEmpty(),
        optimization.statement(),
        optimization.changes().stream()
            .map(c -> new ChangeView(c.rewrite(), c.message(), c.lines(), c.savedBytes()))
            .toList(),
        optimization.dropped().stream()
            .map(d -> new DroppedView(d.rewrite(), d.message(), d.lines(), d.reason()))
            .toList(),
        optimization.diff(),
        optimization.beforeBytes(),
        optimization.afterBytes(),
        optimization.savedBytes(),
        optimization
            .dockerignore()
            .map(a -> new DockerignoreView(a.lines(), a.reason(), a.text()))
            .orElse(null));
  }
}
