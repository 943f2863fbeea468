package dev.stagelens.instruction;

import dev.stagelens.parse.Node;

/**
 * USER.
 *
 * @param node the syntax node
 * @param user the user (and optional group) as written
 */
public record UserInstruction(Node node, String user) implements Instruction {

  /** This USER with its value expanded. */
  public UserInstruction expand(WordExpander expander) {
    return new UserInstruction(node, expander.expand(user));
  }
}
