package dev.stagelens.rule;

import dev.stagelens.fs.ShellCommand;
import dev.stagelens.fs.UnixPaths;
import dev.stagelens.graph.GraphStage;
import dev.stagelens.instruction.AddInstruction;
import dev.stagelens.instruction.ArgInstruction;
import dev.stagelens.instruction.CopyInstruction;
import dev.stagelens.instruction.EnvInstruction;
import dev.stagelens.instruction.Instruction;
import dev.stagelens.instruction.KeyValue;
import dev.stagelens.instruction.RunInstruction;
import dev.stagelens.instruction.SourcesAndDest;
import dev.stagelens.instruction.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Walks the stages, instructions and RUN commands a rule's scope covers. */
final class Scan {

  /** One instruction of a stage, with its position among the stage's commands. */
  record Step(Stage stage, int index, Instruction instruction) {}

  /** One RUN with the simple commands of its shell script. */
  record Run(Stage stage, RunInstruction run, List<ShellCommand> commands) {}

  private Scan() {}

  /** The stages {@code scope} covers, in file order for all stages, else in build order. */
  static List<Stage> stages(RuleContext context, Scope scope) {
    return graphStages(context, scope).stream().map(GraphStage::stage).toList();
  }

  /**
   * The stages {@code scope} covers with their place in the graph, in the order of {@link #stages}.
   */
  static List<GraphStage> graphStages(RuleContext context, Scope scope) {
    return switch (scope) {
      case ALL_STAGES -> context.graph().stages();
      case BUILT_STAGES -> context.builtStages();
      case IMAGE -> context.shippedStages();
    };
  }

  /** The instructions after FROM of the stages {@code scope} covers. */
  static List<Step> steps(RuleContext context, Scope scope) {
    return context.scans().steps(scope, covered -> walkSteps(context, covered));
  }

  private static List<Step> walkSteps(RuleContext context, Scope scope) {
    List<Step> out = new ArrayList<>();
    for (Stage stage : stages(context, scope)) {
      out.addAll(steps(stage));
    }
    return out;
  }

  /** The instructions after the FROM of {@code stage}. */
  static List<Step> steps(Stage stage) {
    List<Step> out = new ArrayList<>();
    for (int i = 0; i < stage.commands().size(); i++) {
      out.add(new Step(stage, i, stage.commands().get(i)));
    }
    return out;
  }

  /** The shell-form RUNs of the stages {@code scope} covers, with their commands. */
  static List<Run> runs(RuleContext context, Scope scope) {
    return context.scans().runs(scope, covered -> walkRuns(context, covered));
  }

  private static List<Run> walkRuns(RuleContext context, Scope scope) {
    List<Run> out = new ArrayList<>();
    for (Step step : steps(context, scope)) {
      if (step.instruction() instanceof RunInstruction run && run.command().prependShell()) {
        out.add(new Run(step.stage(), run, context.scans().commands(run)));
      }
    }
    return out;
  }

  /**
   * The variables {@code instruction} sets, values as written (quotes kept, unexpanded): an ENV's
   * pairs, or the ARG names that have a default; empty for any other instruction.
   */
  static List<KeyValue> settings(Instruction instruction) {
    if (instruction instanceof ArgInstruction arg) {
      return arg.args().stream()
          .filter(a -> a.defaultValue().isPresent())
          .map(a -> new KeyValue(a.key(), a.defaultValue().orElseThrow(), false))
          .toList();
    }
    if (instruction instanceof EnvInstruction env) {
      return env.env();
    }
    return List.of();
  }

  /** The sources and destination of a COPY or ADD that reads the build context. */
  static Optional<SourcesAndDest> contextFiles(Instruction instruction) {
    if (instruction instanceof CopyInstruction copy && copy.from().isEmpty()) {
      return Optional.of(copy.files());
    }
    return instruction instanceof AddInstruction add ? Optional.of(add.files()) : Optional.empty();
  }

  /** True for a COPY or ADD that copies the root of the build context, such as {@code COPY . .}. */
  static boolean copiesWholeContext(Instruction instruction) {
    return contextFiles(instruction)
        .map(f -> f.sourcePaths().stream().anyMatch(s -> UnixPaths.clean("/" + s).equals("/")))
        .orElse(false);
  }

  /**
   * A COPY or ADD as written, such as {@code COPY --from=build /app /app}, other flags left out.
   */
  static String copyText(Instruction instruction) {
    String from = "";
    SourcesAndDest files;
    if (instruction instanceof CopyInstruction copy) {
      from = copy.from().isEmpty() ? "" : " --from=" + copy.from();
      files = copy.files();
    } else {
      files = ((AddInstruction) instruction).files();
    }
    return instruction.keyword()
        + from
        + " "
        + String.join(" ", files.sourcePaths())
        + " "
        + files.dest();
  }

  /** The commands of {@code run} that start with {@code program}. */
  static List<ShellCommand> named(Run run, String program) {
    return run.commands().stream().filter(c -> c.program().equals(program)).toList();
  }
}
