package dev.stagelens.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Text predicates and trims with the exact semantics of the Go library calls BuildKit's parser
 * uses.
 *
 * <p>Go's {@code unicode.IsSpace} differs from {@link Character#isWhitespace(char)}: it counts
 * U+0085, U+00A0 and U+202F as space and does not count U+001C..U+001F.
 */
public final class GoText {

  private GoText() {}

  /** Go's {@code unicode.IsSpace} for a UTF-16 unit; surrogates are never space. */
  public static boolean isSpace(int c) {
    if (c <= 0xFF) {
      return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
    }
    return c == 0x1680
        || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202F
        || c == 0x205F
        || c == 0x3000;
  }

  /** BuildKit's whitespace class {@code [\t\v\f\r ]}, which leaves out the newline. */
  static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** RE2's {@code \s}, the class Go regular expressions use: {@code [\t\n\f\r ]}. */
  static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  /** The first index in {@code [from, to)} that is not a Go space, or {@code to}. */
  static int skipSpace(CharSequence s, int from, int to) {
    int i = from;
    while (i < to && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of {@code [from, to)} after dropping trailing Go spaces. */
  static int trimSpaceEnd(CharSequence s, int from, int to) {
    int i = to;
    while (i > from && isSpace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** Go's {@code strings.TrimSpace} of a region. */
  static String trimSpace(String s, int from, int to) {
    int start = skipSpace(s, from, to);
    return s.substring(start, trimSpaceEnd(s, start, to));
  }

  /** Go's {@code strings.TrimSpace}. */
  static String trimSpace(String s) {
    return trimSpace(s, 0, s.length());
  }

  /** Whether the region holds only Go spaces. */
  static boolean isBlank(CharSequence s, int from, int to) {
    return skipSpace(s, from, to) == to;
  }

  /** Go's {@code strings.ToLower}: the simple per-character lower-case mapping. */
  static String toLower(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
        break;
      }
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder out = new StringBuilder(n).append(s, 0, i);
    while (i < n) {
      int cp = s.codePointAt(i);
      out.appendCodePoint(Character.toLowerCase(cp));
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /**
   * Splits on runs of {@code [\t\v\f\r ]} like Go's {@code regexp.Split(s, limit)} for BuildKit's
   * whitespace pattern; {@code limit} is 2 (first field and the rest) or -1 (all fields).
   */
  static List<String> splitSeparators(String s, int limit) {
    List<String> parts = new ArrayList<>();
    int n = s.length();
    int fieldStart = 0;
    int i = 0;
    while (i < n) {
      if (!isSeparator(s.charAt(i))) {
        i++;
        continue;
      }
      if (limit > 0 && parts.size() == limit - 1) {
        break;
      }
      parts.add(s.substring(fieldStart, i));
      while (i < n && isSeparator(s.charAt(i))) {
        i++;
      }
      fieldStart = i;
    }
    parts.add(s.substring(fieldStart));
    return parts;
  }

  /**
   * The text of a range of {@code bytes}, the UTF-8 form of {@code text}. Go slices strings by
   * byte; where a cut falls inside a character, each stray byte becomes U+FFFD here.
   */
  static String utf8Slice(String text, byte[] bytes, int from, int to) {
    return bytes.length == text.length()
        ? text.substring(from, to)
        : new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }

  /** The number of bytes the region takes in UTF-8; an unpaired surrogate counts 3, as in WTF-8. */
  static long utf8Length(CharSequence s, int from, int to) {
    long bytes = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < to
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
