package dev.stagelens.instruction;

import dev.stagelens.parse.Node;
import java.util.List;

/**
 * LABEL.
 *
 * @param node the syntax node
 * @param labels the pairs as written, in order
 */
public record LabelInstruction(Node node, List<KeyValue> labels) implements Instruction {

  public LabelInstruction {
    labels = List.copyOf(labels);
  }

  /** This LABEL with keys and values expanded. */
  public LabelInstruction expand(WordExpander expander) {
    return new LabelInstruction(node, labels.stream().map(kv -> kv.expand(expander)).toList());
  }
}
