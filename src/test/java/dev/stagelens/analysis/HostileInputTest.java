package dev.stagelens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.stagelens.instruction.BuildOptions;
import dev.stagelens.instruction.InstructionException;
import dev.stagelens.parse.DockerfileParseException;
import dev.stagelens.parse.Limit;
import dev.stagelens.parse.LimitExceededException;
import dev.stagelens.parse.ParserLimits;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile files end in a typed fault naming the bound and line, within bounded time. */
class HostileInputTest {

  private static final Duration BOUND = Duration.ofSeconds(20);
  private static final Analyzer ANALYZER = Analyzer.withDefaults();

  private static Analysis analyse(Analyzer analyzer, String text) {
    return assertTimeoutPreemptively(BOUND, () -> analyzer.analyze(text, BuildOptions.defaults()));
  }

  private static List<Object> limitFault(String text) {
    LimitExceededException e =
        assertThrows(LimitExceededException.class, () -> analyse(ANALYZER, text));
    return List.of(e.limit(), e.value(), e.startLine(), e.endLine());
  }

  @Test
  void oneMebibyteLine_exceedsTheLineLengthAtItsLine() {
    assertEquals(
        List.of(Limit.LINE_LENGTH, 65_535L, 2, 2), limitFault(HostileFiles.longLine(1 << 20)));
  }

  @Test
  void twoHundredThousandLines_exceedTheInstructionCountFirst() {
    assertEquals(
        List.of(Limit.INSTRUCTIONS, 10_000L, 10_001, 10_001),
        limitFault(HostileFiles.manyLines(200_000)));
  }

  @Test
  void twoHundredThousandBlankLines_exceedTheLineCount() {
    assertEquals(
        List.of(Limit.LINES, 100_000L, 100_001, 100_001),
        limitFault("FROM alpine\n" + "\n".repeat(200_000)));
  }

  @Test
  void tenThousandStages_exceedTheStageCountAtTheFirstFromOver() {
    assertEquals(
        List.of(Limit.STAGES, 1_000L, 1_001, 1_001), limitFault(HostileFiles.manyStages(10_000)));
  }

  @Test
  void copyChainFiveThousandDeep_isAnalysedWithoutOverflowingTheStack() {
    ParserLimits parser = new ParserLimits(65_535, 100_000, 1 << 20, 20_000, 10_000);
    Analyzer roomy =
        new Analyzer(
            new AnalysisLimits(parser, 1 << 20, 64, 64, 500_000, 500_000, Duration.ofSeconds(30)));

    Analysis analysis = analyse(roomy, HostileFiles.copyChain(5_000));

    assertEquals(5_000, analysis.graph().stages().size());
    assertEquals(5_000, analysis.graph().plan().buildOrder().size());
  }

  @Test
  void envDoubledSixtyFourTimes_exceedsTheExpansionLengthAtTheSeventeenthDoubling() {
    assertEquals(
        List.of(Limit.EXPANSION_LENGTH, 1_048_576L, 19, 19),
        limitFault(HostileFiles.doublingEnv(64)));
  }

  @Test
  void hundredStarSegments_exceedThePatternWildcards() {
    assertEquals(
        List.of(Limit.PATTERN_WILDCARDS, 64L, 2, 2), limitFault(HostileFiles.starPattern(100)));
  }

  @Test
  void defaultsNestedAThousandDeep_exceedTheNesting() {
    assertEquals(
        List.of(Limit.EXPANSION_NESTING, 64L, 2, 2),
        limitFault(HostileFiles.nestedDefaults(1_000)));
  }

  @Test
  void nineThousandEnvs_exceedTheRetainedScopesInsteadOfTheHeap() {
    assertEquals(
        List.of(Limit.SCOPE_ENTRIES, 500_000L, 1_001, 1_001),
        limitFault(HostileFiles.manyEnvs(9_000)));
  }

  @Test
  void nineThousandCopies_exceedTheTrackedPathsInsteadOfTheHeap() {
    assertEquals(
        List.of(Limit.TRACKED_PATHS, 500_000L, 1_001, 1_001),
        limitFault(HostileFiles.manyCopies(9_000)));
  }

  @Test
  void slowAnalysis_stopsAtItsDeadline() {
    Analyzer hasty =
        new Analyzer(
            new AnalysisLimits(
                ParserLimits.DEFAULTS, 1 << 20, 64, 64, 500_000, 500_000, Duration.ZERO));

    LimitExceededException e =
        assertThrows(LimitExceededException.class, () -> analyse(hasty, "FROM a\nRUN b\n"));

    assertEquals(
        List.of(Limit.ANALYSIS_TIMEOUT, 0L, 1, 1),
        List.of(e.limit(), e.value(), e.startLine(), e.endLine()));
  }

  @Test
  void randomJunk_isATypedFault() {
    RuntimeException e =
        assertThrows(
            RuntimeException.class, () -> analyse(ANALYZER, HostileFiles.junk(1, 100_000)));

    assertEquals(LimitExceededException.class, e.getClass());
    assertEquals(Limit.LINE_LENGTH, ((LimitExceededException) e).limit());
  }

  @Test
  void nulBytes_areOrdinaryCharacters() {
    Analysis analysis = analyse(ANALYZER, "FROM alpine\nRUN echo \u0000\nCOPY a\u0000b /x\n");

    assertEquals(3, analysis.files().steps().size());
  }

  @Test
  void byteOrderMarkInTheMiddle_isAnUnknownInstructionAtItsLine() {
    InstructionException e =
        assertThrows(
            InstructionException.class, () -> analyse(ANALYZER, "FROM alpine\n\uFEFFRUN hi\n"));

    assertEquals(
        List.of("unknown instruction: \uFEFFRUN (did you mean RUN?)", 2, 2),
        List.of(e.getMessage(), e.startLine(), e.endLine()));
  }

  @Test
  void unterminatedHeredoc_isASyntaxFaultAtItsInstruction() {
    DockerfileParseException e =
        assertThrows(
            DockerfileParseException.class,
            () -> analyse(ANALYZER, "FROM alpine\nRUN <<EOF\necho\n"));

    assertEquals(
        List.of("unterminated heredoc", 2, 3), List.of(e.getMessage(), e.startLine(), e.endLine()));
  }

  @Test
  void unterminatedJson_isReadAsShellFormAsBuildKitDoes() {
    Analysis analysis = analyse(ANALYZER, "FROM alpine\nCMD [\"a\", \n");

    assertEquals(false, analysis.parsed().instructions().get(1).json());
  }
}
