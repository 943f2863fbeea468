package dev.stagelens.instruction;

import dev.stagelens.parse.Node;

/**
 * An instruction is not valid the way BuildKit's instruction parser or dispatcher judges it.
 *
 * <p>The message is BuildKit's text without a location prefix; the location is carried in {@link
 * #startLine()} and {@link #endLine()} so that callers format it in one place.
 */
public class InstructionException extends RuntimeException {
  private final int startLine;
  private final int endLine;

  InstructionException(String message) {
    this(message, 0, 0);
  }

  InstructionException(String message, int startLine, int endLine) {
    super(message);
    this.startLine = startLine;
    this.endLine = endLine;
  }

  /** A copy located at the node's lines, unless this one already has a location. */
  InstructionException at(Node node) {
    if (startLine != 0) {
      return this;
    }
    return new InstructionException(getMessage(), node.startLine(), node.endLine());
  }

  /** First line of the faulty instruction, 1-based; 0 when it has no place. */
  public int startLine() {
    return startLine;
  }

  /** Last line of the faulty instruction, inclusive; 0 when it has no place. */
  public int endLine() {
    return endLine;
  }
}
