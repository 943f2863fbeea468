package dev.stagelens.parse;

import static dev.stagelens.parse.Parsing.dump;
import static dev.stagelens.parse.Parsing.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogicalLinesTest {

  @Test
  void continuation_joinsLinesWithoutSeparatorAndKeepsIndentation() {
    Node run = only("RUN echo hello\\\n  world\n");

    assertEquals("RUN echo hello  world", run.original());
    assertEquals(List.of(1, 2), List.of(run.startLine(), run.endLine()));
  }

  @Test
  void escapeFollowedBySpacesAndTabs_stillContinues() {
    assertEquals("(run \"a b\")", dump("RUN a \\ \t \nb\n"));
  }

  @Test
  void escapedEscapeAtLineEnd_doesNotContinue() {
    assertEquals("(run \"a \\\\\\\\\")\n(run \"b\")", dump("RUN a \\\\\nRUN b\n"));
  }

  @Test
  void loneEscapeLine_continuesWithNothingAdded() {
    assertEquals("(run \"a b\")", dump("RUN a \\\n\\\nb\n"));
  }

  @Test
  void loneEscapeAsFirstLine_startsAnInstructionFromTheNextLine() {
    assertEquals("(from \"x\")", dump("\\\nFROM x\n"));
  }

  @Test
  void commentInsideContinuation_isDroppedWithoutWarning() {
    ParseResult result = DockerfileParser.parse("RUN a \\\n  # note \\\n  b\n");

    assertEquals("(run \"a   b\")", Dumper.dump(result));
    assertEquals(List.of(), result.warnings());
  }

  @Test
  void blankLineInsideContinuation_isDroppedWithOneWarningAtTheLastLine() {
    ParseResult result = DockerfileParser.parse("FROM a\nRUN x \\\n\n  \\\n\t\ny\n");

    assertEquals("(from \"a\")\n(run \"x   y\")", Dumper.dump(result));
    assertEquals(
        List.of(
            new ParseWarning(
                "NoEmptyContinuation", "Empty continuation line found in: RUN x   y", 6, 6)),
        result.warnings());
  }

  @Test
  void continuationAtEndOfFile_endsTheInstruction() {
    Node env = only("ENV a=b \\");

    assertEquals(List.of("a", "b", "="), Parsing.arguments(env));
  }

  @Test
  void commentEndingInEscape_isNotAContinuation() {
    assertEquals("(run \"a\")", dump("# note \\\nRUN a\n"));
  }

  @Test
  void hashInsideInstruction_isLiteralText() {
    assertEquals("(run \"echo # not a comment\")", dump("RUN echo # not a comment\n"));
  }

  @Test
  void backtickEscape_continuesAndLeavesBackslashLiteral() {
    assertEquals(
        "(run \"dir C:\\\\app   && echo \\\\\")",
        dump("# escape=`\nRUN dir C:\\app `\n  && echo \\\n"));
  }

  @Test
  void crlfLineEndings_areTrimmedAndCountOnce() {
    ParseResult result = DockerfileParser.parse("FROM a\r\nRUN x \\\r\n  y\r\n");

    assertEquals("(from \"a\")\n(run \"x   y\")", Dumper.dump(result));
    assertEquals(2, result.instructions().get(1).startLine());
    assertEquals(3, result.instructions().get(1).endLine());
  }

  @Test
  void loneCarriageReturn_isNotALineBreak() {
    assertEquals("(from \"a\" \"RUN\" \"b\")", dump("FROM a\rRUN b\n"));
  }

  @Test
  void byteOrderMark_isStrippedFromTheFirstLine() {
    ParseResult result = DockerfileParser.parse("\uFEFF# escape=`\nFROM a\n");

    assertEquals('`', result.escapeToken());
    assertEquals("(from \"a\")", Dumper.dump(result));
  }

  @Test
  void keywordFollowedByTab_splitsLikeASpace() {
    assertEquals("(copy \"a\" \"b\")", dump("COPY\ta\tb\n"));
  }

  @Test
  void commentsAbove_areKeptUntilTheInstructionEvenAcrossBlankLines() {
    Node from = only("# one\n\n# two\nFROM a\n");

    assertEquals(List.of("one", "two"), from.comments());
  }

  @Test
  void emptyCommentLine_forgetsTheCommentsAboveIt() {
    Node from = only("# one\n#\n# two\nFROM a\n");

    assertEquals(List.of("two"), from.comments());
  }

  @Test
  void indentedComment_keepsItsHashLikeBuildKit() {
    Node from = only("  # indented\nFROM a\n");

    assertEquals(List.of("# indented"), from.comments());
  }

  @Test
  void emptyLogicalLine_becomesAnInstructionWithNoKeyword() {
    ParseResult result = DockerfileParser.parse("\\\n\n");

    assertEquals("(\"\")", Dumper.dump(result));
    assertEquals(1, result.warnings().size());
  }

  @Test
  void unknownKeyword_keepsOneEmptyArgument() {
    assertEquals("(foo \"\")", dump("FOO bar baz\n"));
  }
}
