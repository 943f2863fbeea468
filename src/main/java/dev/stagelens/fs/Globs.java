package dev.stagelens.fs;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Go's {@code filepath.Match} patterns for one path segment, as Java regular expressions. */
final class Globs {

  private Globs() {}

  /** True when {@code text} holds a wildcard that {@code filepath.Match} would expand. */
  static boolean hasWildcard(String text) {
    return text.contains("*") || text.contains("?") || text.contains("[");
  }

  /** The expression matching one segment: {@code *} and {@code ?} never cross a slash. */
  static Pattern segment(String glob) {
    StringBuilder regex = new StringBuilder();
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i++);
      switch (c) {
        case '*' -> regex.append("[^/]*");
        case '?' -> regex.append("[^/]");
        case '\\' -> {
          if (i < glob.length()) {
            regex.append(Pattern.quote(String.valueOf(glob.charAt(i++))));
          }
        }
        case '[' -> i = charClass(glob, i, regex);
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    try {
      return Pattern.compile(regex.toString());
    } catch (PatternSyntaxException e) {
      throw new BuildContextException(
          "source pattern '" + glob + "' is malformed: close its [ ] class");
    }
  }

  private static int charClass(String glob, int start, StringBuilder regex) {
    int end = glob.indexOf(']', start + 1);
    if (end < 0) {
      throw new BuildContextException(
          "source pattern '" + glob + "' is malformed: close its [ ] class");
    }
    String body = glob.substring(start, end);
    if (body.startsWith("^")) {
      body = "^" + body.substring(1).replace("[", "\\[");
    } else {
      body = body.replace("[", "\\[");
    }
    regex.append('[').append(body).append(']');
    return end + 1;
  }
}
