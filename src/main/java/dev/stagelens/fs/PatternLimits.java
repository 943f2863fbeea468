package dev.stagelens.fs;

import dev.stagelens.parse.Limit;
import dev.stagelens.parse.LimitExceededException;

/**
 * Bounds the wildcards in one path pattern (a COPY or ADD source, a {@code .dockerignore} line), so
 * that matching a hostile pattern such as {@code **}{@code /**}{@code /...} against a context stays
 * cheap.
 *
 * <p>A run of stars counts once, as do {@code ?} and each {@code [...]} class; a character escaped
 * with a backslash is not a wildcard.
 */
public final class PatternLimits {

  /** The default bound: far above any pattern written by hand. */
  public static final int DEFAULT_MAX_WILDCARDS = 64;

  private PatternLimits() {}

  /**
   * Checks one pattern against the bound.
   *
   * @throws LimitExceededException for {@link Limit#PATTERN_WILDCARDS}, at the given lines
   */
  public static void check(String pattern, int maxWildcards, int startLine, int endLine) {
    int count = wildcards(pattern);
    if (count > maxWildcards) {
      throw new LimitExceededException(
          Limit.PATTERN_WILDCARDS,
          maxWildcards,
          "pattern has " + count + " wildcards, more than " + maxWildcards,
          startLine,
          endLine);
    }
  }

  /** The number of wildcards in {@code pattern}. */
  public static int wildcards(String pattern) {
    int count = 0;
    boolean previousStar = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i++;
        previousStar = false;
        continue;
      }
      if ((c == '*' && !previousStar) || c == '?' || c == '[') {
        count++;
      }
      previousStar = c == '*';
    }
    return count;
  }
}
