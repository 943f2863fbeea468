package dev.stagelens.instruction;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The variables one stage sees, instruction by instruction, as BuildKit's dispatcher builds them.
 *
 * @param stage the stage
 * @param baseName the FROM reference with global ARGs expanded
 * @param baseStage the index of the earlier stage the FROM names, empty for an image
 * @param envBefore for each command of the stage, the variables (ENV and ARG values) set before it
 * @param envAfter the variables set after the last command
 */
public record StageEnv(
    Stage stage,
    String baseName,
    OptionalInt baseStage,
    List<Map<String, String>> envBefore,
    Map<String, String> envAfter) {

  public StageEnv {
    envBefore = List.copyOf(envBefore);
  }

  /** A lookup over the variables set before the command at {@code commandIndex}. */
  public VariableLookup lookupBefore(int commandIndex) {
    Map<String, String> env = envBefore.get(commandIndex);
    return name -> Optional.ofNullable(env.get(name));
  }
}
