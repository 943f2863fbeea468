package dev.stagelens.graph.render;

import dev.stagelens.graph.EdgeKind;

/**
 * One arrow of the diagram, from the source a stage needs to that stage.
 *
 * @param from the id of the source node
 * @param to the id of the dependent stage's node
 * @param kind how the dependency is made
 * @param onbuild true when an inherited ONBUILD trigger makes it
 * @param line the line of the instruction that makes it
 * @param built true when the dependent stage is built for the target
 */
public record DiagramEdge(
    String from, String to, EdgeKind kind, boolean onbuild, int line, boolean built) {

  /** The text drawn on the arrow, such as {@code copy, line 10}. */
  public String label() {
    return kind.label() + (onbuild ? " (onbuild)" : "") + ", line " + line;
  }
}
