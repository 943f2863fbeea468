package dev.stagelens.instruction;

import dev.stagelens.parse.Node;
import java.util.List;

/**
 * ENV.
 *
 * @param node the syntax node
 * @param env the pairs as written, in order
 */
public record EnvInstruction(Node node, List<KeyValue> env) implements Instruction {

  public EnvInstruction {
    env = List.copyOf(env);
  }

  /**
   * This ENV with keys and values expanded; BuildKit expands every pair against the environment
   * from before the instruction.
   */
  public EnvInstruction expand(WordExpander expander) {
    return new EnvInstruction(node, env.stream().map(kv -> kv.expand(expander)).toList());
  }
}
