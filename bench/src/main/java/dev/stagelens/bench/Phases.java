package dev.stagelens.bench;

import dev.stagelens.analysis.AnalysisLimits;
import dev.stagelens.analysis.AnalysisSettings;
import dev.stagelens.analysis.Analyzer;
import dev.stagelens.instruction.BuildOptions;
import dev.stagelens.instruction.ShellLex;
import dev.stagelens.optimize.Optimizer;
import dev.stagelens.parse.DockerfileParser;
import dev.stagelens.parse.ParserLimits;
import java.time.Duration;

/** The stretches of the pipeline the benchmarks time, each from Dockerfile text. */
public final class Phases {

  /**
   * The service's limits with room for the largest synthetic files, whose instruction count is
   * above the service's default; the same limits serve every input so that figures compare.
   */
  public static final ParserLimits LIMITS =
      new ParserLimits(65_535, 1_000_000, 1 << 20, 1_000_000, 100_000);

  private final Analyzer analyzer =
      new Analyzer(
          new AnalysisLimits(
              LIMITS,
              ShellLex.DEFAULT_MAX_LENGTH,
              ShellLex.DEFAULT_MAX_NESTING,
              AnalysisLimits.DEFAULTS.maxPatternWildcards(),
              50_000_000,
              50_000_000,
              Duration.ofMinutes(10)));
  private final Optimizer optimizer = new Optimizer(analyzer);
  private final BuildOptions options = BuildOptions.defaults();

  /** One stretch by name: {@code parse}, {@code graph}, {@code analyze} or {@code optimize}. */
  public Object run(String phase, String text) {
    return switch (phase) {
      case "parse" -> parse(text);
      case "graph" -> graph(text);
      case "analyze" -> analyze(text);
      case "optimize" -> optimize(text);
      default ->
          throw new IllegalArgumentException(
              "unknown phase " + phase + "; use parse, graph, analyze or optimize");
    };
  }

  /** The syntax tree. */
  public Object parse(String text) {
    return DockerfileParser.parse(text, LIMITS);
  }

  /** The syntax tree, typed instructions, variable scopes and stage graph. */
  public Object graph(String text) {
    return analyzer.stageGraph(text, options);
  }

  /** The full analysis the service answers with: files, sizes and findings included. */
  public Object analyze(String text) {
    return analyzer.analyze(text, options);
  }

  /**
   * The optimised Dockerfile with its changes: the analysis of the original, the rewrites, and the
   * analysis of the rewritten file that checks them.
   */
  public Object optimize(String text) {
    return optimizer.optimize(text, options, AnalysisSettings.DEFAULTS);
  }
}
