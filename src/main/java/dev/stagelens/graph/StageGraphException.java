package dev.stagelens.graph;

import java.util.List;

/**
 * The stages do not form a build BuildKit would run: a bad reference, a cycle, a base that does not
 * expand to an image. The message is BuildKit's; the lines are where it points.
 */
public class StageGraphException extends RuntimeException {
  private final int startLine;
  private final int endLine;
  private final transient List<String> stages;
  private final transient List<Integer> lines;

  public StageGraphException(String message, int startLine, int endLine, List<String> stages) {
    this(message, startLine, endLine, stages, startLine > 0 ? List.of(startLine) : List.of());
  }

  /** A fault that involves several places, such as both FROMs of a duplicated stage name. */
  public StageGraphException(
      String message, int startLine, int endLine, List<String> stages, List<Integer> lines) {
    super(message);
    this.startLine = startLine;
    this.endLine = endLine;
    this.stages = List.copyOf(stages);
    this.lines = List.copyOf(lines);
  }

  /** First line of the fault, 1-based. */
  public int startLine() {
    return startLine;
  }

  /** Last line of the fault, inclusive. */
  public int endLine() {
    return endLine;
  }

  /** The names of the stages the fault involves, in the order BuildKit names them. */
  public List<String> stages() {
    return stages;
  }

  /** The first line of every instruction the fault involves, in ascending order; empty if none. */
  public List<Integer> lines() {
    return lines;
  }
}
