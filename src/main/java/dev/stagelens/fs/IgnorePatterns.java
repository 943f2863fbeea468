package dev.stagelens.fs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The patterns of a {@code .dockerignore} file and the test of a context path against them, with
 * the semantics of moby/patternmatcher as BuildKit's context walker applies them: later patterns
 * win, {@code !} re-includes, a pattern that matches a directory matches everything below it, and
 * each directory's results are handed down to its children.
 */
public final class IgnorePatterns {

  /** No patterns: nothing is excluded. */
  public static final IgnorePatterns NONE = new IgnorePatterns(List.of());

  private final List<Rule> rules;

  private IgnorePatterns(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** One pattern: its cleaned text, whether it re-includes, and how it matches. */
  private record Rule(String text, boolean exclusion, Matcher matcher) {}

  /** How one cleaned pattern is compared with a path. */
  private interface Matcher {
    boolean matches(String path);
  }

  /**
   * Reads the text of a {@code .dockerignore}: lines starting with {@code #} are comments, blanks
   * around a pattern are dropped, each pattern is cleaned and a leading {@code /} removed.
   */
  public static IgnorePatterns parse(String text) {
    if (text == null || text.isEmpty()) {
      return NONE;
    }
    List<String> patterns = new ArrayList<>();
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    for (String line : body.split("\n", -1)) {
      String pattern = normalise(line);
      if (pattern != null) {
        patterns.add(pattern);
      }
    }
    return of(patterns);
  }

  private static String normalise(String line) {
    if (line.startsWith("#")) {
      return null;
    }
    String pattern = line.strip();
    if (pattern.isEmpty()) {
      return null;
    }
    boolean invert = pattern.charAt(0) == '!';
    if (invert) {
      pattern = pattern.substring(1).strip();
    }
    if (!pattern.isEmpty()) {
      pattern = cleanRelative(pattern);
      if (pattern.length() > 1 && pattern.charAt(0) == '/') {
        pattern = pattern.substring(1);
      }
    }
    return invert ? "!" + pattern : pattern;
  }

  /** Compiles already normalised patterns, as the matcher's constructor does. */
  public static IgnorePatterns of(List<String> patterns) {
    List<Rule> rules = new ArrayList<>();
    for (String raw : patterns) {
      String pattern = raw.strip();
      if (pattern.isEmpty()) {
        continue;
      }
      pattern = cleanRelative(pattern);
      boolean exclusion = pattern.charAt(0) == '!';
      if (exclusion) {
        if (pattern.length() == 1) {
          throw new BuildContextException(
              "illegal exclusion pattern \"!\" in .dockerignore: name what to re-include after it");
        }
        pattern = pattern.substring(1);
      }
      rules.add(new Rule(pattern, exclusion, compile(pattern)));
    }
    return new IgnorePatterns(rules);
  }

  /** True when at least one pattern re-includes with {@code !}. */
  public boolean hasExclusions() {
    return rules.stream().anyMatch(Rule::exclusion);
  }

  /** True when there are no patterns. */
  public boolean isEmpty() {
    return rules.isEmpty();
  }

  /**
   * True when the context path {@code path} (relative, slash-separated) is left out, judging each
   * directory on the way down with its parent's results as BuildKit's walker does.
   */
  public boolean excludes(String path) {
    String clean = cleanRelative(path);
    if (clean.equals(".") || rules.isEmpty()) {
      return false;
    }
    boolean[] parent = null;
    boolean matched = false;
    int from = 0;
    while (true) {
      int slash = clean.indexOf('/', from);
      String prefix = slash < 0 ? clean : clean.substring(0, slash);
      boolean[] mine = new boolean[rules.size()];
      matched = matchOne(prefix, parent, mine);
      if (slash < 0) {
        return matched;
      }
      parent = mine;
      from = slash + 1;
    }
  }

  private boolean matchOne(String path, boolean[] parent, boolean[] mine) {
    boolean matched = false;
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      boolean match = parent != null && parent[i];
      if (!match) {
        if (rule.exclusion() != matched) {
          continue;
        }
        match = rule.matcher().matches(path);
      }
      mine[i] = match;
      if (match) {
        matched = !rule.exclusion();
      }
    }
    return matched;
  }

  private static Matcher compile(String pattern) {
    StringBuilder regex = new StringBuilder("^");
    MatchType type = MatchType.EXACT;
    int i = 0;
    int count = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i++);
      if (c == '*') {
        if (i < pattern.length() && pattern.charAt(i) == '*') {
          i++;
          if (i < pattern.length() && pattern.charAt(i) == '/') {
            i++;
          }
          if (i >= pattern.length()) {
            if (type == MatchType.EXACT) {
              type = MatchType.PREFIX;
            } else {
              regex.append(".*");
              type = MatchType.REGEX;
            }
          } else {
            regex.append("(.*/)?");
            type = MatchType.REGEX;
          }
          if (count == 0) {
            type = MatchType.SUFFIX;
          }
        } else {
          regex.append("[^/]*");
          type = MatchType.REGEX;
        }
      } else if (c == '?') {
        regex.append("[^/]");
        type = MatchType.REGEX;
      } else if (".+()|{}$".indexOf(c) >= 0) {
        regex.append('\\').append(c);
      } else if (c == '\\') {
        if (i < pattern.length()) {
          regex.append('\\').append(pattern.charAt(i++));
          type = MatchType.REGEX;
        } else {
          regex.append("\\\\");
        }
      } else if (c == '[' || c == ']') {
        regex.append(c);
        type = MatchType.REGEX;
      } else {
        regex.append(c);
      }
      count++;
    }
    return matcherFor(type, pattern, regex.append('$').toString());
  }

  private enum MatchType {
    EXACT,
    PREFIX,
    SUFFIX,
    REGEX
  }

  private static Matcher matcherFor(MatchType type, String pattern, String regex) {
    switch (type) {
      case EXACT:
        return pattern::equals;
      case PREFIX:
        String prefix = pattern.substring(0, pattern.length() - 2);
        return path -> path.startsWith(prefix);
      case SUFFIX:
        String suffix = pattern.substring(2);
        return path ->
            path.endsWith(suffix) || (suffix.startsWith("/") && path.equals(suffix.substring(1)));
      default:
        try {
          Pattern compiled = Pattern.compile(regex);
          return path -> compiled.matcher(path).matches();
        } catch (PatternSyntaxException e) {
          throw new BuildContextException(
              "pattern '" + pattern + "' in .dockerignore is malformed: close its [ ] class");
        }
    }
  }

  /**
   * {@code path} cleaned as Go's {@code filepath.Clean} cleans a relative path: no empty or {@code
   * .} segments, {@code ..} folded where it can be, {@code .} for nothing.
   */
  static String cleanRelative(String path) {
    boolean rooted = path.startsWith("/");
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
          parts.remove(parts.size() - 1);
          continue;
        }
        if (rooted) {
          continue;
        }
      }
      parts.add(part);
    }
    String joined = String.join("/", parts);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }
}
