package dev.stagelens.instruction;

import static dev.stagelens.instruction.Nodes.json;
import static dev.stagelens.instruction.Nodes.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagelens.parse.Node;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthcheckTest {

  private static HealthcheckInstruction parse(Node node) {
    return (HealthcheckInstruction) InstructionParser.parse(node);
  }

  private static String error(Node node) {
    return assertThrows(InstructionException.class, () -> InstructionParser.parse(node))
        .getMessage();
  }

  @Test
  void none_disablesCheck() {
    HealthcheckInstruction check = parse(node(1, "HEALTHCHECK", "none"));
    assertEquals(List.of("NONE"), check.test());
    assertTrue(check.disabled());
  }

  @Test
  void none_withArguments_fails() {
    assertEquals("HEALTHCHECK NONE takes no arguments", error(node(1, "HEALTHCHECK", "NONE", "x")));
  }

  @Test
  void cmdShellForm_becomesCmdShell() {
    HealthcheckInstruction check =
        parse(
            node(
                1,
                "HEALTHCHECK",
                List.of(
                    "--interval=30s",
                    "--timeout=1m30s",
                    "--start-period=1.5s",
                    "--start-interval=500ms",
                    "--retries=3"),
                "CMD",
                "curl -f http://localhost/"));
    assertEquals(List.of("CMD-SHELL", "curl -f http://localhost/"), check.test());
    assertEquals(Duration.ofSeconds(30), check.interval());
    assertEquals(Duration.ofSeconds(90), check.timeout());
    assertEquals(Duration.ofMillis(1500), check.startPeriod());
    assertEquals(Duration.ofMillis(500), check.startInterval());
    assertEquals(3, check.retries());
  }

  @Test
  void cmdExecForm_keepsElements() {
    HealthcheckInstruction check = parse(json(1, "HEALTHCHECK", List.of(), "CMD", "true"));
    assertEquals(List.of("CMD", "true"), check.test());
    assertEquals(Duration.ZERO, check.interval());
    assertEquals(0, check.retries());
  }

  @Test
  void cmdWithoutCommand_fails() {
    assertEquals("Missing command after HEALTHCHECK CMD", error(node(1, "HEALTHCHECK", "CMD")));
  }

  @Test
  void unknownType_fails() {
    assertEquals(
        "Unknown type \"CONNECT\" in HEALTHCHECK (try CMD)",
        error(node(1, "HEALTHCHECK", "connect", "x")));
  }

  @Test
  void noArguments_fails() {
    assertEquals("HEALTHCHECK requires at least one argument", error(node(1, "HEALTHCHECK")));
  }

  @ParameterizedTest(name = "{0} -> {1}ns")
  @CsvSource({
    "0,0", "1ms,1000000", "1.5h,5400000000000", "2h45m,9900000000000", "1us,0",
    "300ns,0", "+5s,5000000000", ".5s,500000000", "1.s,1000000000", "0s,0"
  })
  void intervalDurations_followGoParseDuration(String text, long nanos) {
    if (nanos == 0 && !text.startsWith("0")) {
      assertEquals(
          "Interval \"interval\" cannot be less than 1ms",
          error(node(1, "HEALTHCHECK", List.of("--interval=" + text), "CMD", "x")));
      return;
    }
    HealthcheckInstruction check =
        parse(node(1, "HEALTHCHECK", List.of("--interval=" + text), "CMD", "x"));
    assertEquals(Duration.ofNanos(nanos), check.interval());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--timeout=10|time: missing unit in duration \"10\"",
        "--timeout=10x|time: unknown unit \"x\" in duration \"10x\"",
        "--timeout=abc|time: invalid duration \"abc\"",
        "--timeout=.s|time: invalid duration \".s\"",
        "--timeout=-1s|Interval \"timeout\" cannot be less than 1ms",
        "--start-period=999us|Interval \"start-period\" cannot be less than 1ms",
        "--retries=-1|--retries cannot be negative (-1)",
        "--retries=x|strconv.ParseInt: parsing \"x\": invalid syntax",
        "--retries=9999999999|strconv.ParseInt: parsing \"9999999999\": value out of range",
        "--intervl=1s|unknown flag: --intervl (did you mean interval?)",
      })
  void invalidFlag_failsWithBuildKitMessage(String flag, String message) {
    assertEquals(message, error(node(1, "HEALTHCHECK", List.of(flag), "CMD", "x")));
  }

  @Test
  void none_ignoresFlagsAsBuildKitDoes() {
    assertTrue(parse(node(1, "HEALTHCHECK", List.of("--bogus"), "NONE")).disabled());
  }
}
