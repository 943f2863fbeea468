package dev.stagelens.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DumperTest {

  @Test
  void quote_escapesQuoteAndBackslash() {
    assertEquals("\"a\\\"b\\\\c\"", GoQuote.quote("a\"b\\c"));
  }

  @Test
  void quote_writesNamedEscapesForCommonControls() {
    assertEquals("\"\\a\\b\\f\\n\\r\\t\\v\"", GoQuote.quote("\u0007\b\f\n\r\t\u000b"));
  }

  @Test
  void quote_writesOtherControlsAsHexBytes() {
    assertEquals("\"\\x00\\x1b\\x7f\"", GoQuote.quote("\u0000\u001b\u007f"));
  }

  @Test
  void quote_keepsPrintableUnicode() {
    assertEquals(
        "\"\u2665 \u2603 \u00e9 \ud83d\ude00\"",
        GoQuote.quote("\u2665 \u2603 \u00e9 \ud83d\ude00"));
  }

  @Test
  void quote_escapesNonPrintableUnicodeAsGoDoes() {
    assertEquals(
        "\"\\u00a0\\u00ad\\u200b\\u2028\\ue000\\u0378\\U000e0001\"",
        GoQuote.quote("\u00a0\u00ad\u200b\u2028\ue000\u0378\udb40\udc01"));
  }

  @Test
  void quote_writesAnUnpairedSurrogateAsTheBytesGoWouldSee() {
    assertEquals("\"\\xed\\xa0\\x80\"", GoQuote.quote("\ud800"));
  }

  @Test
  void dump_writesJsonGoldenCharactersLikeBuildKit() {
    String text = "CMD [\"\\u2665\", \"\\u2603\", \"\\u0000\"]\n";

    assertEquals(
        "(cmd \"\u2665\" \"\u2603\" \"\\x00\")", Dumper.dump(DockerfileParser.parse(text)));
  }

  @Test
  void dump_writesFlagsAsAGoQuotedSlice() {
    String text = "COPY --from=a --chown=\"b c\" x y\n";

    assertEquals(
        "(copy [\"--from=a\" \"--chown=b c\"] \"x\" \"y\")",
        Dumper.dump(DockerfileParser.parse(text)));
  }

  @Test
  void dump_ofAnInstructionHasNoParentheses() {
    Node from = DockerfileParser.parse("FROM a AS b\n").instructions().get(0);

    assertEquals("from \"a\" \"AS\" \"b\"", Dumper.dump(from));
  }
}
