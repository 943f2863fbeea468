package dev.stagelens.instruction;

import dev.stagelens.parse.Node;
import java.util.List;

/**
 * RUN.
 *
 * @param node the syntax node
 * @param command the command, shell or exec form, with its heredocs
 * @param mountSpecs the {@code --mount} values as written, in order
 * @param network the {@code --network} mode: {@code default}, {@code none} or {@code host}
 * @param security the {@code --security} mode: {@code sandbox} or {@code insecure}
 * @param devices the {@code --device} values, parsed
 * @param flagsUsed the names of the flags given, such as {@code mount}
 */
public record RunInstruction(
    Node node,
    CommandLine command,
    List<String> mountSpecs,
    String network,
    String security,
    List<Device> devices,
    List<String> flagsUsed)
    implements Instruction {

  public RunInstruction {
    mountSpecs = List.copyOf(mountSpecs);
    devices = List.copyOf(devices);
    flagsUsed = List.copyOf(flagsUsed);
  }

  /**
   * The mounts parsed as BuildKit parses them at dispatch, each value expanded by {@code expander}.
   *
   * @throws InstructionException located at this RUN when a mount is invalid or cannot be expanded
   */
  public List<Mount> mounts(WordExpander expander) {
    try {
      return mountSpecs.stream().map(spec -> Mounts.parse(spec, expander)).toList();
    } catch (InstructionException e) {
      throw e.at(node);
    } catch (ExpansionException e) {
      throw new InstructionException(e.getMessage(), startLine(), endLine());
    }
  }

  /** The mounts with their values taken literally. */
  public List<Mount> mounts() {
    return mounts(WordExpander.IDENTITY);
  }
}
