package dev.stagelens.instruction;

import dev.stagelens.parse.Node;

/**
 * WORKDIR.
 *
 * @param node the syntax node
 * @param path the directory as written
 */
public record WorkdirInstruction(Node node, String path) implements Instruction {

  /** This WORKDIR with its path expanded. */
  public WorkdirInstruction expand(WordExpander expander) {
    return new WorkdirInstruction(node, expander.expand(path));
  }
}
