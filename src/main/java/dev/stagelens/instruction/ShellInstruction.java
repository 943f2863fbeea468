package dev.stagelens.instruction;

import dev.stagelens.parse.Node;
import java.util.List;

/**
 * SHELL: the shell used for later shell-form commands.
 *
 * @param node the syntax node
 * @param shell the JSON elements, such as {@code ["/bin/bash", "-c"]}
 */
public record ShellInstruction(Node node, List<String> shell) implements Instruction {

  public ShellInstruction {
    shell = List.copyOf(shell);
  }
}
