package dev.stagelens.instruction;

import dev.stagelens.parse.Node;

/**
 * STOPSIGNAL.
 *
 * @param node the syntax node
 * @param signal the signal as written
 */
public record StopSignalInstruction(Node node, String signal) implements Instruction {

  /** This STOPSIGNAL with its value expanded. */
  public StopSignalInstruction expand(WordExpander expander) {
    return new StopSignalInstruction(node, expander.expand(signal));
  }
}
