package dev.stagelens.analysis;

import dev.stagelens.fs.BuildContext;
import dev.stagelens.fs.FileReport;
import dev.stagelens.fs.FileTracker;
import dev.stagelens.fs.RunKnowledge;
import dev.stagelens.fs.RunModel;
import dev.stagelens.graph.CheckDirective;
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
import dev.stagelens.rule.LintReport;
import dev.stagelens.rule.RuleContext;
import dev.stagelens.rule.RuleRegistry;
import dev.stagelens.rule.Scans;
import dev.stagelens.size.BaseImageCatalog;
import dev.stagelens.size.SizeDefaults;
import dev.stagelens.size.SizeEstimator;
import dev.stagelens.size.SizeReport;
import java.util.Optional;

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
  private final BaseImageCatalog catalog;

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
    this.catalog = catalog;
  }

  /** An analyzer with the default limits. */
  public static Analyzer withDefaults() {
    return new Analyzer(AnalysisLimits.DEFAULTS);
  }

  /** The limits every analysis runs within. */
  public AnalysisLimits limits() {
    return limits;
  }

  /** The base-image sizes this analyzer estimates with. */
  public BaseImageCatalog catalog() {
    return catalog;
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
    return analyze(dockerfile, options, AnalysisSettings.DEFAULTS);
  }

  /**
   * Analyses {@code dockerfile} for the build {@code options} describe, checking the image against
   * {@code maxImageBytes} when it is not null.
   */
  public Analysis analyze(String dockerfile, BuildOptions options, Long maxImageBytes) {
    return analyze(dockerfile, options, AnalysisSettings.DEFAULTS.withMaxImageBytes(maxImageBytes));
  }

  /**
   * Analyses {@code dockerfile} with COPY and ADD reading from {@code context}; null when the
   * context is not known.
   */
  public Analysis analyze(String dockerfile, BuildOptions options, BuildContext context) {
    return analyze(dockerfile, options, AnalysisSettings.DEFAULTS.withContext(context));
  }

  /**
   * Analyses {@code dockerfile} for the build {@code options} describe, as {@code settings} ask,
   * within the analysis timeout.
   */
  public Analysis analyze(String dockerfile, BuildOptions options, AnalysisSettings settings) {
    return Deadline.within(limits.timeout(), () -> run(dockerfile, options, settings));
  }

  /** The stage graph of {@code dockerfile} for the build {@code options} describe. */
  public StageGraph stageGraph(String dockerfile, BuildOptions options) {
    return Deadline.within(limits.timeout(), () -> graph(dockerfile, options).graph());
  }

  private Analysis run(String dockerfile, BuildOptions options, AnalysisSettings settings) {
    Graphed graphed = graph(dockerfile, options);
    ParseResult parsed = graphed.parsed();
    DockerfileInstructions instructions = graphed.instructions();
    BuildEnv env = graphed.env();
    StageGraph graph = graphed.graph();
    FileReport files = tracker.track(graph, env, graphed.lex(), settings.context());
    SizeReport sizes = estimator.estimate(graph, files, settings.maxImageBytes());
    Optional<BuildContext> given = Optional.ofNullable(settings.context());
    RuleContext context =
        new RuleContext(
            parsed,
            instructions,
            env,
            graph,
            files,
            sizes,
            settings.dockerignore(),
            given,
            new Scans());
    LintReport report = rules.lint(context, settings.rules());
    return Analysis.of(context, report, settings.context());
  }

  private Graphed graph(String dockerfile, BuildOptions options) {
    ParseResult parsed = DockerfileParser.parse(dockerfile, limits.parser());
    DockerfileInstructions instructions = InstructionParser.parseDockerfile(parsed);
    ShellLex lex =
        new ShellLex(parsed.escapeToken())
            .withMaxLength(limits.maxExpansionLength())
            .withMaxNesting(limits.maxExpansionNesting());
    BuildEnv env = BuildEnv.resolve(instructions, lex, options, limits.maxScopeEntries());
    CheckDirective checks = CheckDirective.of(parsed.directives());
    StageGraph graph = new StageGraphBuilder(lex).build(instructions, env, options, checks);
    return new Graphed(parsed, instructions, env, lex, graph);
  }

  /** The pipeline up to the stage graph. */
  private record Graphed(
      ParseResult parsed,
      DockerfileInstructions instructions,
      BuildEnv env,
      ShellLex lex,
      StageGraph graph) {}
}
