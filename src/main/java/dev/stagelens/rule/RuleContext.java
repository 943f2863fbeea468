package dev.stagelens.rule;

import dev.stagelens.fs.BuildContext;
import dev.stagelens.fs.FileReport;
import dev.stagelens.fs.StepRecord;
import dev.stagelens.graph.GraphStage;
import dev.stagelens.graph.StageGraph;
import dev.stagelens.instruction.BuildEnv;
import dev.stagelens.instruction.DockerfileInstructions;
import dev.stagelens.parse.ParseResult;
import dev.stagelens.size.SizeReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shared analyses every rule reads.
 *
 * @param parsed the syntax tree, directives and parser warnings
 * @param instructions the typed instructions by stage
 * @param env the variable scopes of every stage
 * @param graph the stage graph and the target's plan
 * @param files the files of every stage, step by step
 * @param sizes the size estimates
 * @param dockerignore the text of the build context's {@code .dockerignore}, empty when none was
 *     given
 * @param buildContext the build context's files, empty when the analysis was given none
 * @param scans what the rules walk, worked out once for all of them: the commands of every RUN, and
 *     the steps and RUNs of each scope
 */
public record RuleContext(
    ParseResult parsed,
    DockerfileInstructions instructions,
    BuildEnv env,
    StageGraph graph,
    FileReport files,
    SizeReport sizes,
    Optional<String> dockerignore,
    Optional<BuildContext> buildContext,
    Scans scans) {

  /**
   * The stages whose layers end up in the target image: the target and the stages it is built FROM,
   * in file order. Stages the target only copies from are builders and do not ship.
   */
  public List<GraphStage> shippedStages() {
    return graph.shippedStages();
  }

  /** The steps of the shipped stages, in file order. */
  public List<StepRecord> shippedSteps() {
    List<StepRecord> steps = new ArrayList<>();
    for (GraphStage stage : shippedStages()) {
      steps.addAll(files.stepsOf(stage.index()));
    }
    return steps;
  }

  /** The stages the target builds, in build order. */
  public List<GraphStage> builtStages() {
    return graph.plan().buildOrder().stream().map(graph::stage).toList();
  }
}
