package dev.stagelens.instruction;

import dev.stagelens.parse.Node;
import java.util.List;

/**
 * VOLUME.
 *
 * @param node the syntax node
 * @param volumes the paths with surrounding whitespace removed
 */
public record VolumeInstruction(Node node, List<String> volumes) implements Instruction {

  public VolumeInstruction {
    volumes = List.copyOf(volumes);
  }

  /** This VOLUME with every path expanded. */
  public VolumeInstruction expand(WordExpander expander) {
    return new VolumeInstruction(node, volumes.stream().map(expander::expand).toList());
  }
}
