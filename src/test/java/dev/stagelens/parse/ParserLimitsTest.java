package dev.stagelens.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParserLimitsTest {

  private static final String TOO_LONG = "dockerfile line greater than max allowed size of 65535";

  private static LimitExceededException rejection(String text, ParserLimits limits) {
    return assertThrows(LimitExceededException.class, () -> DockerfileParser.parse(text, limits));
  }

  private static LimitExceededException rejection(String text) {
    return rejection(text, ParserLimits.DEFAULTS);
  }

  /** Limit, bound, message and lines of a limit fault, for one-line assertions. */
  static List<Object> described(LimitExceededException e) {
    return List.of(e.limit(), e.value(), e.getMessage(), e.startLine(), e.endLine());
  }

  @Test
  void defaults_areBuildKitsLineLimitAndTheDocumentedBounds() {
    assertEquals(
        new ParserLimits(65_535, 100_000, 1_048_576, 10_000, 1_000), ParserLimits.DEFAULTS);
  }

  @Test
  void lineOf65535Bytes_isAccepted() {
    String label = "LABEL a=" + "b".repeat(65_535 - 8);

    assertEquals(2, DockerfileParser.parse("FROM x\n" + label + "\n").instructions().size());
  }

  @Test
  void lineOf65536Bytes_isRejectedNamingTheLimitAndTheLine() {
    String label = "LABEL a=" + "b".repeat(65_536 - 8);

    LimitExceededException e = rejection("FROM x\n" + label + "\n");

    assertEquals(List.of(Limit.LINE_LENGTH, 65_535L, TOO_LONG, 2, 2), described(e));
  }

  @Test
  void lineLength_isCountedInUtf8Bytes() {
    String fits = "RUN " + "\u00e9".repeat(32_765) + "a";
    String over = "RUN " + "\u00e9".repeat(32_766);

    assertEquals(1, DockerfileParser.parse(fits).instructions().size());
    assertEquals(List.of(Limit.LINE_LENGTH, 65_535L, TOO_LONG, 1, 1), described(rejection(over)));
  }

  @Test
  void longLineInsideAHeredoc_isRejectedToo() {
    String text = "RUN <<EOF\n" + "x".repeat(70_000) + "\nEOF\n";

    assertEquals(List.of(Limit.LINE_LENGTH, 65_535L, TOO_LONG, 2, 2), described(rejection(text)));
  }

  @Test
  void moreLinesThanTheLimit_isRejectedAtTheFirstLineOver() {
    LimitExceededException e =
        rejection("FROM a\nRUN b\nRUN c\n", new ParserLimits(65_535, 2, 1024, 10, 10));

    assertEquals(List.of(Limit.LINES, 2L, "dockerfile has more than 2 lines", 3, 3), described(e));
  }

  @Test
  void heredocBodyOverTheLimit_isRejectedAtItsInstruction() {
    ParserLimits tenBytes = new ParserLimits(65_535, 100, 10, 10, 10);

    Node run =
        DockerfileParser.parse("RUN <<EOF\n012345678\nEOF\n", tenBytes).instructions().get(0);

    assertEquals("012345678\n", run.heredocs().get(0).content());
    assertEquals(
        List.of(Limit.HEREDOC_BYTES, 10L, "heredoc body is larger than 10 bytes", 1, 3),
        described(rejection("RUN <<EOF\n01234\n\u00e9\u00e9\u00e9\nEOF\n", tenBytes)));
  }

  @Test
  void moreInstructionsThanTheLimit_isRejectedAtTheFirstOneOver() {
    LimitExceededException e =
        rejection("FROM a\nRUN b\nRUN c \\\n d\n", new ParserLimits(65_535, 100, 1024, 2, 10));

    assertEquals(
        List.of(Limit.INSTRUCTIONS, 2L, "dockerfile has more than 2 instructions", 3, 4),
        described(e));
  }

  @Test
  void moreStagesThanTheLimit_isRejectedAtTheFirstFromOver() {
    LimitExceededException e =
        rejection(
            "FROM a AS one\nRUN b\nfrom c AS two\nFROM d\n",
            new ParserLimits(65_535, 100, 1024, 100, 2));

    assertEquals(
        List.of(Limit.STAGES, 2L, "dockerfile has more than 2 stages", 4, 4), described(e));
  }

  @Test
  void nonPositiveLimit_isRefusedNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ParserLimits(1, 1, 1, 1, 0));

    assertEquals(
        "maxStages must be positive, got 0; use ParserLimits.DEFAULTS as a start", e.getMessage());
  }
}
