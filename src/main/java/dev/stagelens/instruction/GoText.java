package dev.stagelens.instruction;

/** Text helpers that reproduce how Go formats values in BuildKit's messages. */
final class GoText {
  private GoText() {}

  /** The text quoted as Go's {@code strconv.Quote} (and {@code %q}) writes it. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    text.codePoints().forEach(cp -> appendQuoted(out, cp));
    return out.append('"').toString();
  }

  private static void appendQuoted(StringBuilder out, int cp) {
    switch (cp) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case 0x07 -> out.append("\\a");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case 0x0B -> out.append("\\v");
      default -> appendOther(out, cp);
    }
  }

  private static void appendOther(StringBuilder out, int cp) {
    if (isPrint(cp)) {
      out.appendCodePoint(cp);
    } else if (cp < 0x80) {
      out.append(String.format("\\x%02x", cp));
    } else if (cp < 0x10000) {
      out.append(String.format("\\u%04x", cp));
    } else {
      out.append(String.format("\\U%08x", cp));
    }
  }

  /**
   * Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and ASCII space.
   */
  static boolean isPrint(int cp) {
    if (cp == ' ') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
              Character.LOWERCASE_LETTER,
              Character.TITLECASE_LETTER,
              Character.MODIFIER_LETTER,
              Character.OTHER_LETTER,
              Character.NON_SPACING_MARK,
              Character.ENCLOSING_MARK,
              Character.COMBINING_SPACING_MARK,
              Character.DECIMAL_DIGIT_NUMBER,
              Character.LETTER_NUMBER,
              Character.OTHER_NUMBER,
              Character.CONNECTOR_PUNCTUATION,
              Character.DASH_PUNCTUATION,
              Character.START_PUNCTUATION,
              Character.END_PUNCTUATION,
              Character.INITIAL_QUOTE_PUNCTUATION,
              Character.FINAL_QUOTE_PUNCTUATION,
              Character.OTHER_PUNCTUATION,
              Character.MATH_SYMBOL,
              Character.CURRENCY_SYMBOL,
              Character.MODIFIER_SYMBOL,
              Character.OTHER_SYMBOL ->
          true;
      default -> false;
    };
  }

  /** Go's {@code unicode.IsSpace}. */
  static boolean isSpace(int cp) {
    if (cp <= 0xFF) {
      return cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0x85 || cp == 0xA0;
    }
    return Character.isSpaceChar(cp);
  }
}
