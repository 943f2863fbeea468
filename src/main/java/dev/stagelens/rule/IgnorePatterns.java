package dev.stagelens.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns of a {@code .dockerignore}, matched as Docker's pattern matcher does: a path is
 * excluded when the last pattern that matches it or one of its parent directories is not a {@code
 * !} pattern. {@code *} and {@code ?} stay within one path element, {@code **} spans any number.
 */
final class IgnorePatterns {

  private record Entry(String text, Pattern regex, boolean negated) {}

  private final List<Entry> entries;

  private IgnorePatterns(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Reads the text of a {@code .dockerignore}: one pattern a line, {@code #} lines are comments.
   */
  static IgnorePatterns parse(String text) {
    List<Entry> entries = new ArrayList<>();
    for (String raw : text.split("\r?\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean negated = line.startsWith("!");
      String pattern = clean(negated ? line.substring(1).strip() : line);
      entries.add(new Entry(pattern, Pattern.compile(regex(pattern)), negated));
    }
    return new IgnorePatterns(entries);
  }

  /** True when some pattern re-includes paths. */
  boolean hasNegations() {
    return entries.stream().anyMatch(Entry::negated);
  }

  /** True when a pattern that is not negated excludes every entry of the context's root. */
  boolean excludesRoot() {
    return entries.stream()
        .anyMatch(e -> !e.negated() && List.of("*", "**", "**/*").contains(e.text()));
  }

  /** True when {@code path}, relative to the context root, is left out of the context. */
  boolean excludes(String path) {
    String target = clean(path);
    boolean excluded = false;
    for (Entry entry : entries) {
      if (matchesOrParent(entry.regex(), target)) {
        excluded = !entry.negated();
      }
    }
    return excluded;
  }

  private static boolean matchesOrParent(Pattern regex, String path) {
    String candidate = path;
    while (!candidate.isEmpty()) {
      if (regex.matcher(candidate).matches()) {
        return true;
      }
      int slash = candidate.lastIndexOf('/');
      candidate = slash < 0 ? "" : candidate.substring(0, slash);
    }
    return false;
  }

  /** A path without leading {@code /} or {@code ./}, trailing {@code /} or {@code .} elements. */
  static String clean(String path) {
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
        continue;
      }
      parts.add(part);
    }
    return parts.isEmpty() ? "." : String.join("/", parts);
  }

  private static String regex(String pattern) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' && pattern.startsWith("**", i)) {
        boolean slash = pattern.startsWith("**/", i);
        out.append(slash ? "(?:.*/)?" : ".*");
        i += slash ? 2 : 1;
      } else if (c == '*') {
        out.append("[^/]*");
      } else if (c == '?') {
        out.append("[^/]");
      } else if (c == '\\' && i + 1 < pattern.length()) {
        out.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '[') {
        int end = pattern.indexOf(']', i);
        out.append(end < 0 ? "\\[" : pattern.substring(i, end + 1).replace("[!", "[^"));
        i = end < 0 ? i : end;
      } else {
        out.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return out.toString();
  }
}
