package dev.stagelens.analysis;

import dev.stagelens.fs.BuildContext;
import dev.stagelens.fs.FileReport;
import dev.stagelens.graph.StageGraph;
import dev.stagelens.instruction.BuildEnv;
import dev.stagelens.instruction.DockerfileInstructions;
import dev.stagelens.parse.ParseResult;
import dev.stagelens.rule.Finding;
import dev.stagelens.rule.LintReport;
import dev.stagelens.rule.RuleContext;
import dev.stagelens.size.SizeReport;
import java.util.List;

/**
 * Everything stagelens knows about one Dockerfile for one build request.
 *
 * @param parsed the syntax tree, directives and parser warnings
 * @param instructions the typed instructions by stage
 * @param env the variable scopes of every stage
 * @param graph the stage graph and the target's plan
 * @param files the files of every stage, step by step
 * @param sizes the size estimates
 * @param findings what the rules found, by line
 * @param lint the findings with whether they fail the requested threshold
 * @param context the build context COPY and ADD read from, or null when it was not given
 */
public record Analysis(
    ParseResult parsed,
    DockerfileInstructions instructions,
    BuildEnv env,
    StageGraph graph,
    FileReport files,
    SizeReport sizes,
    List<Finding> findings,
    LintReport lint,
    BuildContext context) {

  public Analysis {
    findings = List.copyOf(findings);
  }

  /** The analysis made of the results the rules read and what they found. */
  static Analysis of(RuleContext shared, LintReport lint, BuildContext context) {
    return new Analysis(
        shared.parsed(),
        shared.instructions(),
        shared.env(),
        shared.graph(),
        shared.files(),
        shared.sizes(),
        lint.findings(),
        lint,
        context);
  }
}
