package dev.stagelens.parse;

import java.util.List;

/**
 * Go's {@code strconv.Quote} and {@code fmt}'s {@code %q} of a string slice, as BuildKit's dump and
 * error messages print them.
 */
public final class GoQuote {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private GoQuote() {}

  /** Quotes one string the way {@code strconv.Quote} does. */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2);
    appendQuoted(out, s);
    return out.toString();
  }

  /** Appends {@code ["a" "b"]}, the {@code %q} form of a Go string slice. */
  static void appendQuotedList(StringBuilder out, List<String> values) {
    out.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(' ');
      }
      appendQuoted(out, values.get(i));
    }
    out.append(']');
  }

  /** Appends the {@code strconv.Quote} form of {@code s}. */
  static void appendQuoted(StringBuilder out, String s) {
    out.append('"');
    int n = s.length();
    for (int i = 0; i < n; ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      appendRune(out, cp);
    }
    out.append('"');
  }

  private static void appendRune(StringBuilder out, int cp) {
    if (cp == '"' || cp == '\\') {
      out.append('\\').append((char) cp);
    } else if (isPrint(cp)) {
      out.appendCodePoint(cp);
    } else if (cp <= 0xFFFF && Character.isSurrogate((char) cp)) {
      appendSurrogateBytes(out, cp);
    } else {
      appendEscape(out, cp);
    }
  }

  private static void appendEscape(StringBuilder out, int cp) {
    switch (cp) {
      case 0x07 -> out.append("\\a");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case 0x0B -> out.append("\\v");
      default -> appendNumericEscape(out, cp);
    }
  }

  private static void appendNumericEscape(StringBuilder out, int cp) {
    if (cp < ' ' || cp == 0x7F) {
      appendHex(out.append("\\x"), cp, 2);
    } else if (cp < 0x10000) {
      appendHex(out.append("\\u"), cp, 4);
    } else {
      appendHex(out.append("\\U"), cp, 8);
    }
  }

  /**
   * An unpaired surrogate cannot occur in Go text; its three WTF-8 bytes are what Go would see, and
   * Go prints invalid bytes as {@code \xNN}.
   */
  private static void appendSurrogateBytes(StringBuilder out, int cp) {
    appendHex(out.append("\\x"), 0xE0 | (cp >> 12), 2);
    appendHex(out.append("\\x"), 0x80 | ((cp >> 6) & 0x3F), 2);
    appendHex(out.append("\\x"), 0x80 | (cp & 0x3F), 2);
  }

  private static void appendHex(StringBuilder out, int value, int digits) {
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      out.append(HEX[(value >> shift) & 0xF]);
    }
  }

  /**
   * Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII
   * space. The categories come from the JDK's Unicode tables, so code points assigned after the
   * JDK's Unicode version count as unassigned.
   */
  static boolean isPrint(int cp) {
    if (cp <= 0xFF) {
      return (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA1 && cp != 0xAD);
    }
    switch (Character.getType(cp)) {
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
      Character.DASH_PUNCTUATION,
      Character.START_PUNCTUATION,
      Character.END_PUNCTUATION,
      Character.CONNECTOR_PUNCTUATION,
      Character.OTHER_PUNCTUATION,
      Character.INITIAL_QUOTE_PUNCTUATION,
      Character.FINAL_QUOTE_PUNCTUATION,
      Character.MATH_SYMBOL,
      Character.CURRENCY_SYMBOL,
      Character.MODIFIER_SYMBOL,
      Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }
}
