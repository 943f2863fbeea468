package dev.stagelens.instruction;

import java.util.List;
import java.util.Locale;

/**
 * BuildKit's "did you mean" suggestions: the closest option by Levenshtein distance, when that
 * distance is below 3. Options are tried in the order given; the first of equally close options
 * wins.
 */
public final class Suggest {
  private static final int MAX_DISTANCE = 3;

  private Suggest() {}

  /** The message with {@code (did you mean X?)} appended when a close option exists. */
  static String wrap(String message, String value, List<String> options, boolean caseSensitive) {
    String match = search(value, options, caseSensitive);
    return match.isEmpty() ? message : message + " (did you mean " + match + "?)";
  }

  public static String search(String value, List<String> options, boolean caseSensitive) {
    String wanted = caseSensitive ? value : value.toLowerCase(Locale.ROOT);
    String match = "";
    int best = MAX_DISTANCE;
    for (String option : options) {
      String candidate = caseSensitive ? option : option.toLowerCase(Locale.ROOT);
      if (candidate.equals(wanted)) {
        return "";
      }
      int distance = distance(wanted, candidate);
      if (distance < best) {
        match = caseSensitive ? candidate : matchCase(candidate, value);
        best = distance;
      }
    }
    return match;
  }

  private static String matchCase(String option, String original) {
    if (original.equals(original.toLowerCase(Locale.ROOT))) {
      return option.toLowerCase(Locale.ROOT);
    }
    if (original.equals(original.toUpperCase(Locale.ROOT))) {
      return option.toUpperCase(Locale.ROOT);
    }
    return option;
  }

  static int distance(String a, String b) {
    int[] s = a.codePoints().toArray();
    int[] t = b.codePoints().toArray();
    int[] previous = new int[t.length + 1];
    int[] current = new int[t.length + 1];
    for (int j = 0; j <= t.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= s.length; i++) {
      current[0] = i;
      for (int j = 1; j <= t.length; j++) {
        int cost = s[i - 1] == t[j - 1] ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[t.length];
  }
}
