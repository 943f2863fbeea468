package dev.stagelens.analysis;

import dev.stagelens.fs.FileReport;
import dev.stagelens.fs.FileTracker;
import dev.stagelens.fs.RunKnowledge;
import dev.stagelens.fs.RunModel;
import dev.stagelens.graph.StageGraph;
import dev.stagelens.graph.StageGraphBuilder;
import dev.stagelens.instruction.BuildEnv;
import dev.stagelens.instruction.BuildOptions;
import dev.stagelens.instruction.DockerfileInstructions;
import dev.stagelens.instruction.InstructionParser;
import dev.stagelens.instruction.ShellLex;
import dev.stagelens.parse.Deadline;
import dev.stagelens.parse.DockerfileParser;
import dev.stagelens.parse.ParseResult;
import dev.stagelens.rule.Finding;
import dev.stagelens.rule.RuleContext;
import dev.stagelens.rule.RuleRegistry;
import dev.stagelens.size.BaseImageCatalog;
import dev.stagelens.size.SizeDefaults;
import dev.stagelens.size.SizeEstimator;
import dev.stagelens.size.SizeReport;
import java.util.List;

/**
 * Runs the whole pipeline on one Dockerfile: parse, typed instructions, variable scopes, stage
 * graph, file tracking, sizes and findings. One instance serves every request: it holds only
 * immutable data loaded once.
 */
public final class Analyzer {

  private final AnalysisLimits limits;
  private final FileTracker tracker;
  private final SizeEstimator estimator;
  private final RuleRegistry rules;

  /** An analyzer with the shipped data and the given limits. */
  public Analyzer(AnalysisLimits limits) {
    BaseImageCatalog catalog = BaseImageCatalog.load();
    this.limits = limits;
    this.tracker =
        new FileTracker(
            new RunModel(RunKnowledge.load()),
            limits.maxPatternWildcards(),
            limits.maxTrackedPaths());
    this.estimator = new SizeEstimator(catalog, SizeDefaults.load());
    this.rules = new RuleRegistry(catalog);
  }

  /** An analyzer with the default limits. */
  public static Analyzer withDefaults() {
    return new Analyzer(AnalysisLimits.DEFAULTS);
  }

  /** The rules this analyzer runs. */
  public RuleRegistry rules() {
    return rules;
  }

  /**
   * Analyses {@code dockerfile} for the build {@code options} describe, within the analysis
   * timeout.
   *
   * @throws dev.stagelens.parse.LimitExceededException when the file exceeds a bound or the
   *     analysis outruns its time
   */
  public Analysis analyze(String dockerfile, BuildOptions options) {
    return Deadline.within(limits.timeout(), () -> run(dockerfile, options));
  }

  private Analysis run(String dockerfile, BuildOptions options) {
    ParseResult parsed = DockerfileParser.parse(dockerfile, limits.parser());
    DockerfileInstructions instructions = InstructionParser.parseDockerfile(parsed);
    ShellLex lex =
        new ShellLex(parsed.escapeToken())
            .withMaxLength(limits.maxExpansionLength())
            .withMaxNesting(limits.maxExpansionNesting());
    BuildEnv env = BuildEnv.resolve(instructions, lex, options, limits.maxScopeEntries());
    StageGraph graph = new StageGraphBuilder(lex).build(instructions, env, options);
    FileReport files = tracker.track(graph, env, lex);
    SizeReport sizes = estimator.estimate(graph, files);
    RuleContext context = new RuleContext(parsed, instructions, env, graph, files, sizes);
    List<Finding> findings = rules.check(context);
    return new Analysis(parsed, instructions, env, graph, files, sizes, findings);
  }
}
