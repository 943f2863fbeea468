package dev.stagelens.parse;

import static dev.stagelens.parse.Parsing.described;
import static dev.stagelens.parse.Parsing.rejection;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DirectivesTest {

  private static ParseResult parse(String text) {
    return DockerfileParser.parse(text);
  }

  @Test
  void escapeDirective_backtick_becomesTheEscapeToken() {
    ParseResult result = parse("# escape=`\nFROM a\n");

    assertEquals('`', result.escapeToken());
    assertEquals(List.of(new Directive("escape", "`", 1)), result.directives());
  }

  @Test
  void directiveKeys_areCaseInsensitive() {
    ParseResult result = parse("# ESCAPE=`\n# Syntax=docker/dockerfile:1\nFROM a\n");

    assertEquals(
        List.of(new Directive("escape", "`", 1), new Directive("syntax", "docker/dockerfile:1", 2)),
        result.directives());
  }

  @Test
  void checkDirective_isRecordedWithItsWholeValue() {
    ParseResult result = parse("# check=skip=JSONArgsRecommended;error=true\nFROM a\n");

    assertEquals(
        List.of(new Directive("check", "skip=JSONArgsRecommended;error=true", 1)),
        result.directives());
  }

  @Test
  void directiveSpacing_isTrimmedAroundKeyAndValue() {
    ParseResult result = parse("  #   escape   =   `   \nFROM a\n");

    assertEquals(List.of(new Directive("escape", "`", 1)), result.directives());
  }

  @Test
  void directiveValueOfOnlySpaces_keepsTheLastSpaceLikeBuildKitsLazyRegex() {
    ParseResult result = parse("# syntax=  \nFROM a\n");

    assertEquals(List.of(new Directive("syntax", " ", 1)), result.directives());
  }

  @Test
  void directiveWithoutValue_isAnOrdinaryComment() {
    Node from = DockerfileParser.parse("# syntax=\nFROM a\n").instructions().get(0);

    assertEquals(List.of("syntax="), from.comments());
  }

  @Test
  void repeatedDirective_isRejectedAtItsLine() {
    DockerfileParseException e = rejection("# escape=`\n# ESCAPE=\\\nFROM a\n");

    assertEquals(List.of("only one escape parser directive can be used", 2, 2), described(e));
  }

  @Test
  void invalidEscapeValue_isRejectedNamingTheValueAndTheValidOnes() {
    DockerfileParseException e = rejection("# escape=x\nFROM a\n");

    assertEquals(List.of("invalid escape token 'x' does not match ` or \\", 1, 1), described(e));
  }

  @Test
  void directiveAfterBlankLine_isAComment() {
    ParseResult result = parse("\n# escape=`\nFROM a\n");

    assertEquals('\\', result.escapeToken());
    assertEquals(List.of(), result.directives());
    assertEquals(List.of("escape=`"), result.instructions().get(0).comments());
  }

  @Test
  void directiveAfterComment_isAComment() {
    ParseResult result = parse("# hello\n# escape=`\nFROM a\n");

    assertEquals(List.of(), result.directives());
    assertEquals(List.of("hello", "escape=`"), result.instructions().get(0).comments());
  }

  @Test
  void unknownDirectiveKey_endsDirectiveScanning() {
    ParseResult result = parse("# foo=bar\n# escape=`\nFROM a\n");

    assertEquals('\\', result.escapeToken());
    assertEquals(List.of(), result.directives());
  }

  @Test
  void repeatedKeyAfterScanningEnded_isOnlyAComment() {
    ParseResult result = parse("# escape=`\nFROM a\n# escape=\\\nRUN b\n");

    assertEquals(List.of(new Directive("escape", "`", 1)), result.directives());
    assertEquals(List.of("escape=\\"), result.instructions().get(1).comments());
  }

  @Test
  void directiveLines_areNotCommentsOfTheFirstInstruction() {
    ParseResult result = parse("# syntax=docker/dockerfile:1\n# base image\nFROM a\n");

    assertEquals(List.of("base image"), result.instructions().get(0).comments());
  }

  @Test
  void fileWithOnlyDirectives_hasNoInstructions() {
    DockerfileParseException e = rejection("# syntax=docker/dockerfile:1\n# escape=`\n");

    assertEquals(List.of("file with no instructions", 2, 2), described(e));
  }
}
