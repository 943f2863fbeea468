package dev.stagelens.optimize;

import dev.stagelens.analysis.Analysis;
import dev.stagelens.graph.GraphStage;
import dev.stagelens.instruction.BuildOptions;
import dev.stagelens.instruction.Instruction;
import dev.stagelens.instruction.ShellLex;
import dev.stagelens.instruction.StageEnv;
import dev.stagelens.instruction.WordExpander;
import dev.stagelens.size.BaseImageCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * The Dockerfile as it stands between rewrites, with its analysis.
 *
 * @param lines the lines of the file without line endings
 * @param analysis the analysis of those lines
 * @param options the build the optimisation is for
 * @param catalog the base images whose sizes are known
 */
record Draft(
    List<String> lines, Analysis analysis, BuildOptions options, BaseImageCatalog catalog) {

  Draft {
    lines = List.copyOf(lines);
  }

  /** The lines of {@code instruction} as written. */
  List<String> text(Instruction instruction) {
    return lines.subList(instruction.startLine() - 1, instruction.endLine());
  }

  /** One instruction after a FROM, with its stage and position there. */
  record Step(int stage, int index, Instruction instruction) {}

  /** The instructions after FROM of the stages that ship in the image, in file order. */
  List<Step> shippedSteps() {
    List<Step> out = new ArrayList<>();
    for (GraphStage stage : analysis.graph().shippedStages()) {
      List<Instruction> commands = stage.stage().commands();
      for (int i = 0; i < commands.size(); i++) {
        out.add(new Step(stage.index(), i, commands.get(i)));
      }
    }
    return out;
  }

  /** The escape character of the file. */
  char escape() {
    return analysis.parsed().escapeToken();
  }

  /** Expands words as BuildKit does before command {@code index} of stage {@code stage}. */
  WordExpander expander(int stage, int index) {
    StageEnv env = analysis.env().stages().get(stage);
    return WordExpander.of(new ShellLex(escape()), env.lookupBefore(index));
  }
}
