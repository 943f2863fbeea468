package dev.stagelens.parse;

/**
 * The input is larger, deeper or slower to analyse than a configured {@link Limit} allows.
 *
 * <p>This is not a fault of the Dockerfile's syntax: the same file may be read with a higher bound.
 * The message names the bound without a location prefix; the location is carried in {@link
 * #startLine()} and {@link #endLine()}.
 */
public class LimitExceededException extends RuntimeException {
  private final Limit limit;
  private final long value;
  private final int startLine;
  private final int endLine;

  public LimitExceededException(
      Limit limit, long value, String message, int startLine, int endLine) {
    super(message);
    this.limit = limit;
    this.value = value;
    this.startLine = startLine;
    this.endLine = endLine;
  }

  /** A copy located at the given lines, unless this one already has a location. */
  public LimitExceededException at(int start, int end) {
    if (startLine != 0) {
      return this;
    }
    return new LimitExceededException(limit, value, getMessage(), start, end);
  }

  /** Which bound was exceeded. */
  public Limit limit() {
    return limit;
  }

  /** The bound in force, in the limit's {@link Limit#unit() unit}. */
  public long value() {
    return value;
  }

  /** First line where the bound was hit, 1-based; 0 when it has no place. */
  public int startLine() {
    return startLine;
  }

  /** Last line of the instruction where the bound was hit, inclusive; 0 when it has no place. */
  public int endLine() {
    return endLine;
  }
}
