package dev.stagelens.instruction;

import dev.stagelens.parse.Node;
import java.util.List;

/**
 * EXPOSE.
 *
 * @param node the syntax node
 * @param ports the port specs as written, sorted as BuildKit sorts them
 */
public record ExposeInstruction(Node node, List<String> ports) implements Instruction {

  public ExposeInstruction {
    ports = List.copyOf(ports);
  }
}
