package dev.stagelens.parse;

/**
 * Upper bounds that keep one parse cheap; exceeding one is a {@link LimitExceededException}.
 *
 * @param maxLineLength the longest physical line in UTF-8 bytes, line ending excluded; BuildKit's
 *     line scanner stops at 65535
 * @param maxLines the most physical lines a file may have
 * @param maxHeredocBytes the largest heredoc body in UTF-8 bytes, line endings included
 * @param maxInstructions the most top-level instructions a file may have
 * @param maxStages the most FROM instructions, hence build stages, a file may have
 */
public record ParserLimits(
    int maxLineLength, int maxLines, int maxHeredocBytes, int maxInstructions, int maxStages) {

  /** BuildKit's line limit and generous bounds for everything else. */
  public static final ParserLimits DEFAULTS =
      new ParserLimits(65_535, 100_000, 1 << 20, 10_000, 1_000);

  public ParserLimits {
    requirePositive("maxLineLength", maxLineLength);
    requirePositive("maxLines", maxLines);
    requirePositive("maxHeredocBytes", maxHeredocBytes);
    requirePositive("maxInstructions", maxInstructions);
    requirePositive("maxStages", maxStages);
  }

  private static void requirePositive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(
          name + " must be positive, got " + value + "; use ParserLimits.DEFAULTS as a start");
    }
  }
}
