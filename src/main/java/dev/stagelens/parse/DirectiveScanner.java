package dev.stagelens.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recognises parser directives ({@code # syntax=}, {@code # escape=}, {@code # check=}) the way
 * BuildKit's directive parser does: only on consecutive lines at the very top of the file.
 *
 * <p>A line is a directive when, after {@code #} and leading space, it reads {@code key = value}
 * with an ASCII key. The first line that is not a directive of a known key ends the scan for good.
 */
final class DirectiveScanner {

  private final List<Directive> found = new ArrayList<>();
  private boolean done;
  private char escapeToken = '\\';

  /** The directives seen so far, in file order. */
  List<Directive> directives() {
    return found;
  }

  /** The escape character in force: {@code \} unless an escape directive chose a backtick. */
  char escapeToken() {
    return escapeToken;
  }

  /**
   * Offers one line, already stripped of leading space and trailing carriage returns.
   *
   * @return true when the line is a directive and so is neither a comment nor an instruction
   * @throws ParseFault for a repeated directive or an escape value other than {@code `} or {@code
   *     \}
   */
  boolean offer(String text, int from, int to, int line) {
    if (done) {
      return false;
    }
    Directive directive =
        from < to && text.charAt(from) == '#' ? match(text, from + 1, to, line) : null;
    if (directive == null) {
      done = true;
      return false;
    }
    accept(directive);
    return true;
  }

  private void accept(Directive directive) {
    for (Directive seen : found) {
      if (seen.name().equals(directive.name())) {
        throw ParseFault.repeatedDirective(directive.name());
      }
    }
    found.add(directive);
    if (directive.name().equals("escape")) {
      String value = directive.value();
      if (!value.equals("`") && !value.equals("\\")) {
        throw ParseFault.invalidEscape(value);
      }
      escapeToken = value.charAt(0);
    }
  }

  /**
   * Matches {@code ^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$} after leading space, where {@code \s}
   * is RE2's ASCII class; returns null for no match or an unknown key.
   */
  private static Directive match(String text, int from, int to, int line) {
    int keyStart = GoText.skipSpace(text, from, to);
    int i = keyStart;
    if (i >= to || !isAsciiLetter(text.charAt(i))) {
      return null;
    }
    while (i < to && (isAsciiLetter(text.charAt(i)) || isAsciiDigit(text.charAt(i)))) {
      i++;
    }
    String key = text.substring(keyStart, i).toLowerCase(Locale.ROOT);
    i = skipRegexSpace(text, i, to);
    if (i >= to || text.charAt(i) != '=' || !isKnown(key)) {
      return null;
    }
    String value = value(text, i + 1, to);
    return value == null ? null : new Directive(key, value, line);
  }

  /** The lazy value group: trimmed of RE2 space, or the last space when the rest is all space. */
  private static String value(String text, int from, int to) {
    if (from >= to) {
      return null;
    }
    int valueStart = skipRegexSpace(text, from, to);
    if (valueStart == to) {
      return text.substring(to - 1, to);
    }
    int valueEnd = to;
    while (GoText.isRegexSpace(text.charAt(valueEnd - 1))) {
      valueEnd--;
    }
    return text.substring(valueStart, valueEnd);
  }

  private static boolean isKnown(String key) {
    return key.equals("syntax") || key.equals("escape") || key.equals("check");
  }

  private static int skipRegexSpace(String text, int from, int to) {
    int i = from;
    while (i < to && GoText.isRegexSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
