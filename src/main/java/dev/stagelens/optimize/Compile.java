package dev.stagelens.optimize;

import dev.stagelens.graph.GraphStage;
import dev.stagelens.instruction.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A single-stage build a recipe may split.
 *
 * @param draft the file as it stands
 * @param stage the stage, the last of the file and the target
 * @param workdirs for each command of the stage, the WORKDIR the file declared before it, or null
 * @param chains for each command, its {@code &&} chain when it is a RUN of that shape
 * @param build the index of the last RUN made only of the recipe's build tool
 */
record Compile(
    Draft draft,
    GraphStage stage,
    List<String> workdirs,
    List<Optional<AndChain>> chains,
    int build) {

  Compile {
    workdirs = java.util.Collections.unmodifiableList(new ArrayList<>(workdirs));
    chains = List.copyOf(chains);
  }

  /** The commands of the stage. */
  List<Instruction> commands() {
    return stage.stage().commands();
  }

  /** The WORKDIR in force at the build, or null when the file declares none. */
  String buildWorkdir() {
    return workdirs.get(build);
  }

  /** The chains of the build-tool RUNs up to the build, with their command index. */
  List<Indexed> toolChains(Recipe recipe) {
    List<Indexed> out = new ArrayList<>();
    for (int i = 0; i <= build; i++) {
      Optional<AndChain> chain = chains.get(i);
      if (chain.isPresent() && recipe.builds(chain.get())) {
        out.add(new Indexed(i, chain.get()));
      }
    }
    return out;
  }

  /** A chain with the index of its command in the stage. */
  record Indexed(int index, AndChain chain) {}
}
