package dev.stagelens.analysis;

import dev.stagelens.fs.FileTracker;
import dev.stagelens.fs.PatternLimits;
import dev.stagelens.instruction.BuildEnv;
import dev.stagelens.instruction.ShellLex;
import dev.stagelens.parse.ParserLimits;
import java.time.Duration;

/**
 * Every bound one analysis runs within.
 *
 * @param parser the parser's bounds on lines, instructions, heredocs and stages
 * @param maxExpansionLength the most UTF-16 characters one variable expansion may produce
 * @param maxExpansionNesting how deeply {@code ${a:-${b:-...}}} forms may nest
 * @param maxPatternWildcards the most wildcards in one COPY or ADD source pattern
 * @param maxScopeEntries the most variables all per-instruction scopes may hold together
 * @param maxTrackedPaths the most paths all steps' file states may hold together
 * @param timeout the wall time one analysis may take
 */
public record AnalysisLimits(
    ParserLimits parser,
    int maxExpansionLength,
    int maxExpansionNesting,
    int maxPatternWildcards,
    int maxScopeEntries,
    int maxTrackedPaths,
    Duration timeout) {

  /** The parser's defaults, the lexer's defaults and a ten-second budget. */
  public static final AnalysisLimits DEFAULTS =
      new AnalysisLimits(
          ParserLimits.DEFAULTS,
          ShellLex.DEFAULT_MAX_LENGTH,
          ShellLex.DEFAULT_MAX_NESTING,
          PatternLimits.DEFAULT_MAX_WILDCARDS,
          BuildEnv.DEFAULT_MAX_SCOPE_ENTRIES,
          FileTracker.DEFAULT_MAX_TRACKED_PATHS,
          Duration.ofSeconds(10));
}
