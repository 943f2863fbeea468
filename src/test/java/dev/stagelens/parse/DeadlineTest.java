package dev.stagelens.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  @Test
  void check_outsideABudget_doesNothing() {
    Deadline.check(1, 1);

    assertEquals(1, DockerfileParser.parse("FROM a\n").instructions().size());
  }

  @Test
  void parse_pastItsBudget_stopsAtTheLineBeingRead() {
    String text = "FROM a\n" + "RUN b\n".repeat(50_000);

    LimitExceededException e =
        assertThrows(
            LimitExceededException.class,
            () -> Deadline.within(Duration.ZERO, () -> DockerfileParser.parse(text)));

    assertEquals(
        List.of(Limit.ANALYSIS_TIMEOUT, 0L, "analysis did not finish within 0 ms", 1, 1),
        ParserLimitsTest.described(e));
  }

  @Test
  void within_restoresNoBudgetAfterwards() {
    Deadline.within(Duration.ofSeconds(5), () -> DockerfileParser.parse("FROM a\n"));

    assertEquals(1, DockerfileParser.parse("FROM a\n").instructions().size());
  }

  @Test
  void within_nestedLongerBudget_keepsTheOuterEnd() {
    LimitExceededException e =
        assertThrows(
            LimitExceededException.class,
            () ->
                Deadline.within(
                    Duration.ZERO,
                    () ->
                        Deadline.within(
                            Duration.ofHours(1), () -> DockerfileParser.parse("FROM a\n"))));

    assertEquals("analysis did not finish within 0 ms", e.getMessage());
  }

  @Test
  void within_nestedShorterBudget_endsFirst() {
    LimitExceededException e =
        assertThrows(
            LimitExceededException.class,
            () ->
                Deadline.within(
                    Duration.ofHours(1),
                    () ->
                        Deadline.within(Duration.ZERO, () -> DockerfileParser.parse("FROM a\n"))));

    assertEquals("analysis did not finish within 0 ms", e.getMessage());
  }
}
