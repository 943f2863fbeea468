package dev.stagelens.instruction;

import dev.stagelens.parse.Node;
import java.util.List;

/**
 * ARG: one or more build arguments, each with an optional default.
 *
 * @param node the syntax node
 * @param args the names in order
 */
public record ArgInstruction(Node node, List<ArgDefinition> args) implements Instruction {

  public ArgInstruction {
    args = List.copyOf(args);
  }
}
