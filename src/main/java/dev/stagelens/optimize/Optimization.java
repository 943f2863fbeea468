package dev.stagelens.optimize;

import java.util.List;
import java.util.Optional;

/**
 * What the optimiser made of one Dockerfile.
 *
 * @param original the Dockerfile as given
 * @param rewritten the Dockerfile with every kept change applied; equal to {@code original} when
 *     none was kept
 * @param changes the changes kept, in the order they were applied
 * @param dropped the changes tried and dropped, with the reason
 * @param diff a unified diff from {@code original} to {@code rewritten}, empty when they are equal
 * @param beforeBytes the image estimate of the original, in bytes
 * @param afterBytes the image estimate of the rewritten file, in bytes
 * @param statement one sentence saying what was done, or that nothing could be done safely
 * @param dockerignore a suggested {@code .dockerignore}, when the whole context is copied
 */
public record Optimization(
    String original,
    String rewritten,
    List<Change> changes,
    List<Dropped> dropped,
    String diff,
    long beforeBytes,
    long afterBytes,
    String statement,
    Optional<IgnoreAdvice> dockerignore) {

  public Optimization {
    changes = List.copyOf(changes);
    dropped = List.copyOf(dropped);
  }

  /** How much smaller the image estimate became, in bytes; never negative. */
  public long savedBytes() {
    return beforeBytes - afterBytes;
  }
}
