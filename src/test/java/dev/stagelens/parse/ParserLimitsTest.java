package dev.stagelens.parse;

import static dev.stagelens.parse.Parsing.described;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParserLimitsTest {

  private static final String TOO_LONG = "dockerfile line greater than max allowed size of 65535";

  private static DockerfileParseException rejection(String text, ParserLimits limits) {
    return assertThrows(DockerfileParseException.class, () -> DockerfileParser.parse(text, limits));
  }

  @Test
  void defaults_areBuildKitsLineLimitAndTheDocumentedBounds() {
    assertEquals(new ParserLimits(65_535, 100_000, 1_048_576, 10_000), ParserLimits.DEFAULTS);
  }

  @Test
  void lineOf65535Bytes_isAccepted() {
    String label = "LABEL a=" + "b".repeat(65_535 - 8);

    assertEquals(2, DockerfileParser.parse("FROM x\n" + label + "\n").instructions().size());
  }

  @Test
  void lineOf65536Bytes_isRejectedNamingTheLimitAndTheLine() {
    String label = "LABEL a=" + "b".repeat(65_536 - 8);

    DockerfileParseException e = Parsing.rejection("FROM x\n" + label + "\n");

    assertEquals(List.of(TOO_LONG, 2, 2), described(e));
  }

  @Test
  void lineLength_isCountedInUtf8Bytes() {
    String fits = "RUN " + "\u00e9".repeat(32_765) + "a";
    String over = "RUN " + "\u00e9".repeat(32_766);

    assertEquals(1, DockerfileParser.parse(fits).instructions().size());
    assertEquals(List.of(TOO_LONG, 1, 1), described(Parsing.rejection(over)));
  }

  @Test
  void longLineInsideAHeredoc_isRejectedToo() {
    String text = "RUN <<EOF\n" + "x".repeat(70_000) + "\nEOF\n";

    assertEquals(List.of(TOO_LONG, 2, 2), described(Parsing.rejection(text)));
  }

  @Test
  void moreLinesThanTheLimit_isRejectedAtTheFirstLineOver() {
    DockerfileParseException e =
        rejection("FROM a\nRUN b\nRUN c\n", new ParserLimits(65_535, 2, 1024, 10));

    assertEquals(
        List.of("dockerfile has more than 2 lines; raise ParserLimits.maxLines to read it", 3, 3),
        described(e));
  }

  @Test
  void heredocBodyOverTheLimit_isRejectedAtItsInstruction() {
    ParserLimits tenBytes = new ParserLimits(65_535, 100, 10, 10);

    Node run =
        DockerfileParser.parse("RUN <<EOF\n012345678\nEOF\n", tenBytes).instructions().get(0);

    assertEquals("012345678\n", run.heredocs().get(0).content());
    assertEquals(
        List.of(
            "heredoc body is larger than 10 bytes; raise ParserLimits.maxHeredocBytes to read it",
            1,
            3),
        described(rejection("RUN <<EOF\n01234\n\u00e9\u00e9\u00e9\nEOF\n", tenBytes)));
  }

  @Test
  void moreInstructionsThanTheLimit_isRejectedAtTheFirstOneOver() {
    DockerfileParseException e =
        rejection("FROM a\nRUN b\nRUN c \\\n d\n", new ParserLimits(65_535, 100, 1024, 2));

    assertEquals(
        List.of(
            "dockerfile has more than 2 instructions; raise ParserLimits.maxInstructions to read"
                + " it",
            3,
            4),
        described(e));
  }

  @Test
  void nonPositiveLimit_isRefusedNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ParserLimits(0, 1, 1, 1));

    assertEquals(
        "maxLineLength must be positive, got 0; use ParserLimits.DEFAULTS as a start",
        e.getMessage());
  }
}
