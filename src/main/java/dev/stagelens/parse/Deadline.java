package dev.stagelens.parse;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A wall-time budget for the work running on the current thread, polled cooperatively by the core's
 * long loops.
 *
 * <p>{@link #within} installs a budget for the duration of one piece of work; {@link #check} is a
 * no-op outside it, so the core's parts stay usable on their own. When the budget is spent, the
 * next check throws a {@link LimitExceededException} for {@link Limit#ANALYSIS_TIMEOUT}.
 */
public final class Deadline {
  private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

  private final long budgetMillis;
  private final long endNanos;

  private Deadline(long budgetMillis, long endNanos) {
    this.budgetMillis = budgetMillis;
    this.endNanos = endNanos;
  }

  /**
   * Runs {@code work} with {@code budget} as its wall-time limit, restoring any outer budget. Work
   * nested in an outer budget keeps the outer one when it ends first: several analyses made for one
   * request share that request's budget.
   */
  public static <T> T within(Duration budget, Supplier<T> work) {
    Deadline outer = CURRENT.get();
    long end = System.nanoTime() + budget.toNanos();
    boolean outerFirst = outer != null && outer.endNanos - end < 0;
    CURRENT.set(outerFirst ? outer : new Deadline(budget.toMillis(), end));
    try {
      return work.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /**
   * Throws when the current budget is spent, naming the lines being worked on.
   *
   * @throws LimitExceededException for {@link Limit#ANALYSIS_TIMEOUT}
   */
  public static void check(int startLine, int endLine) {
    Deadline deadline = CURRENT.get();
    if (deadline != null && System.nanoTime() - deadline.endNanos >= 0) {
      throw new LimitExceededException(
          Limit.ANALYSIS_TIMEOUT,
          deadline.budgetMillis,
          "analysis did not finish within " + deadline.budgetMillis + " ms",
          startLine,
          endLine);
    }
  }

  /** {@link #check(int, int)} where the work has no place in the file. */
  public static void check() {
    check(0, 0);
  }
}
