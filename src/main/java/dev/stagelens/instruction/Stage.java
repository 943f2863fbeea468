package dev.stagelens.instruction;

import java.util.List;
import java.util.Optional;

/**
 * A build stage: a FROM and the instructions up to the next FROM, as BuildKit's {@code Stage}.
 *
 * @param index the position among the stages, 0-based
 * @param from the FROM that opens the stage
 * @param commands the instructions after the FROM, in order
 * @param startLine the FROM's first line
 * @param endLine the last line of the last instruction (the FROM's when the stage is empty)
 * @param docComment the text of a comment above the FROM that starts with the stage name
 */
public record Stage(
    int index,
    FromInstruction from,
    List<Instruction> commands,
    int startLine,
    int endLine,
    String docComment) {

  public Stage {
    commands = List.copyOf(commands);
  }

  /** The stage name in lower case, empty when unnamed. */
  public Optional<String> name() {
    return from.stageName();
  }

  /** The stage name as written, empty when unnamed. */
  public Optional<String> nameAsWritten() {
    return from.stageNameAsWritten();
  }

  /** The base image or stage as written, variables unexpanded. */
  public String baseName() {
    return from.baseName();
  }

  /** The {@code --platform} value as written, empty when not given. */
  public Optional<String> platform() {
    return from.platform();
  }

  /** The comment lines directly above the FROM. */
  public List<String> comments() {
    return from.node().comments();
  }
}
