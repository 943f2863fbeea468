package dev.stagelens.optimize;

import dev.stagelens.analysis.Analysis;
import dev.stagelens.analysis.AnalysisSettings;
import dev.stagelens.graph.GraphStage;
import dev.stagelens.instruction.AddInstruction;
import dev.stagelens.instruction.CopyInstruction;
import dev.stagelens.instruction.Instruction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code .dockerignore} to add beside the Dockerfile: advice, not a change to the file.
 *
 * @param lines the lines of COPY or ADD instructions that send the whole context
 * @param reason why the file helps
 * @param text the suggested {@code .dockerignore}
 */
public record IgnoreAdvice(List<Integer> lines, String reason, String text) {

  public IgnoreAdvice {
    lines = List.copyOf(lines);
  }

  /**
   * Advice for the build {@code analysis} describes, when a built stage copies the whole context
   * and the request gave no {@code .dockerignore}.
   */
  static Optional<IgnoreAdvice> of(Analysis analysis, AnalysisSettings settings) {
    if (settings.dockerignore().isPresent()
        || settings.context() != null && !settings.context().excluded().isEmpty()) {
      return Optional.empty();
    }
    List<Integer> lines = new ArrayList<>();
    Set<String> entries = new LinkedHashSet<>(List.of(".git", ".dockerignore", "**/*.log", ".env"));
    for (int index : analysis.graph().plan().buildOrder()) {
      GraphStage stage = analysis.graph().stage(index);
      for (Instruction command : stage.stage().commands()) {
        if (copiesContext(command)) {
          lines.add(command.startLine());
          entries.addAll(ecosystem(stage.expandedBase()));
        }
      }
    }
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    String reason =
        "COPY . sends the whole build context into the image; a .dockerignore keeps version "
            + "control data, local dependencies and build output out of the context and the layer";
    return Optional.of(new IgnoreAdvice(lines, reason, String.join("\n", entries) + "\n"));
  }

  private static boolean copiesContext(Instruction command) {
    List<String> sources =
        command instanceof CopyInstruction copy && copy.from().isEmpty()
            ? copy.files().sourcePaths()
            : command instanceof AddInstruction add ? add.files().sourcePaths() : List.of();
    return sources.stream().anyMatch(s -> s.equals(".") || s.equals("./"));
  }

  /** Entries for the ecosystem a base image names: its local dependencies and build output. */
  private static List<String> ecosystem(String base) {
    if (base.startsWith("node")) {
      return List.of("node_modules", "npm-debug.log", "dist");
    }
    if (base.startsWith("python") || base.contains("pytorch") || base.contains("cuda")) {
      return List.of("__pycache__", "*.pyc", ".venv", ".pytest_cache");
    }
    if (base.startsWith("maven") || base.startsWith("gradle") || base.contains("temurin")) {
      return List.of("target", "build", ".gradle");
    }
    if (base.startsWith("golang")) {
      return List.of("vendor");
    }
    return List.of();
  }
}
