package dev.stagelens.parse;

/**
 * The Dockerfile cannot be read the way BuildKit reads it.
 *
 * <p>The message names the offending text without a location prefix; the location is carried in
 * {@link #startLine()} and {@link #endLine()} so that callers format it in one place.
 */
public class DockerfileParseException extends RuntimeException {
  private final int startLine;
  private final int endLine;

  public DockerfileParseException(String message, int startLine, int endLine) {
    super(message);
    this.startLine = startLine;
    this.endLine = endLine;
  }

  /** First line of the fault, 1-based; 0 when the fault has no place (an empty file). */
  public int startLine() {
    return startLine;
  }

  /** Last line of the fault, inclusive; 0 when the fault has no place. */
  public int endLine() {
    return endLine;
  }
}
