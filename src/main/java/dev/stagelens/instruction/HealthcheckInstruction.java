package dev.stagelens.instruction;

import dev.stagelens.parse.Node;
import java.time.Duration;
import java.util.List;

/**
 * HEALTHCHECK, as the image config's health check.
 *
 * @param node the syntax node
 * @param test {@code ["NONE"]}, {@code ["CMD", args...]} for exec form or {@code ["CMD-SHELL",
 *     text]} for shell form
 * @param interval {@code --interval}, zero when not given
 * @param timeout {@code --timeout}, zero when not given
 * @param startPeriod {@code --start-period}, zero when not given
 * @param startInterval {@code --start-interval}, zero when not given
 * @param retries {@code --retries}, 0 when not given
 */
public record HealthcheckInstruction(
    Node node,
    List<String> test,
    Duration interval,
    Duration timeout,
    Duration startPeriod,
    Duration startInterval,
    int retries)
    implements Instruction {

  public HealthcheckInstruction {
    test = List.copyOf(test);
  }

  /** True for {@code HEALTHCHECK NONE}, which disables a health check inherited from the base. */
  public boolean disabled() {
    return test.equals(List.of("NONE"));
  }
}
