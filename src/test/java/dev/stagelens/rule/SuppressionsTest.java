package dev.stagelens.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagelens.instruction.BuildOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a Dockerfile switches off itself: the {@code # check=} directive at the top, a check comment
 * above an instruction as BuildKit reads it, and {@code # hadolint ignore=} and {@code # stagelens
 * ignore=} above an instruction.
 */
class SuppressionsTest {

  private static LintReport lint(String dockerfile) {
    return Lint.REGISTRY.lint(
        Lint.context(dockerfile, BuildOptions.defaults(), null), RuleConfig.DEFAULTS);
  }

  @Test
  void fileDirective_skipList_dropsTheListedChecksOnly() {
    assertEquals(
        List.of(
            "5 LegacyKeyValueFormat: \"ENV key=value\" should be used instead of legacy \"ENV key"
                + " value\" format"),
        Lint.all(
            "# check=skip=JSONArgsRecommended, MaintainerDeprecated\n"
                + "FROM alpine:3.20\nMAINTAINER me\nCMD echo hi\nENV A b\n"));
  }

  @Test
  void fileDirective_skipAll_dropsEveryRule() {
    assertEquals(
        List.of(),
        Lint.all(
            "# check=skip=all\nFROM debian:bookworm-slim\nMAINTAINER me\n"
                + "RUN apt-get update && apt-get install -y curl\nCMD echo hi\n"));
  }

  @Test
  void fileDirective_errorTrue_raisesBuildKitChecksToErrorsOnly() {
    LintReport report =
        lint(
            "# check=error=true\nFROM debian:bookworm-slim\n"
                + "RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10\n"
                + "CMD echo hi\n");
    assertEquals(
        List.of("3 AptListsNotRemoved warning", "4 JSONArgsRecommended error"),
        Lint.severities(report.findings()));
    assertTrue(report.warningsAreErrors());
    assertTrue(report.failed());
  }

  @Test
  void fileDirective_errorTrueWithTheCheckSkipped_passes() {
    LintReport report =
        lint("# check=skip=JSONArgsRecommended;error=true\nFROM alpine:3.20\nCMD echo hi\n");
    assertEquals(List.of(), report.findings());
    assertFalse(report.failed());
  }

  @Test
  void checkComment_aboveInstruction_skipsTheCheckForThatInstructionOnly() {
    assertEquals(
        List.of("4 LegacyKeyValueFormat"),
        rules("FROM alpine:3.20\n# check=skip=LegacyKeyValueFormat\nENV A b\nENV C d\n"));
  }

  @Test
  void checkComment_errorTrue_isNotReadAboveAnInstruction() {
    LintReport report = lint("FROM alpine:3.20\n# check=error=true\nENV A b\n");
    assertEquals(List.of("3 LegacyKeyValueFormat warning"), Lint.severities(report.findings()));
    assertFalse(report.warningsAreErrors());
  }

  @Test
  void checkComment_secondCheckComment_isNotRead() {
    assertEquals(
        List.of("4 LegacyKeyValueFormat"),
        rules(
            "FROM alpine:3.20\n# check=skip=MaintainerDeprecated\n"
                + "# check=skip=LegacyKeyValueFormat\nENV A b\n"));
  }

  @Test
  void checkComment_upperCaseNameAndTrailingText_stillSkips() {
    assertEquals(
        List.of(),
        rules(
            "FROM alpine:3.20\n# CHECK = skip=LegacyKeyValueFormat legacy on purpose\nENV A b\n"));
  }

  @Test
  void checkComment_blankLineBeforeInstruction_stillSkips() {
    assertEquals(
        List.of(), rules("FROM alpine:3.20\n# check=skip=LegacyKeyValueFormat\n\nENV A b\n"));
  }

  @Test
  void checkComment_emptyCommentLineBeforeInstruction_isForgotten() {
    assertEquals(
        List.of("4 LegacyKeyValueFormat"),
        rules("FROM alpine:3.20\n# check=skip=LegacyKeyValueFormat\n#\nENV A b\n"));
  }

  @Test
  void checkComment_wholeFileCheck_isNotSkipped() {
    assertEquals(
        List.of("3 DuplicateStageName"),
        rules(
            "FROM alpine:3.20 AS deps\n# check=skip=DuplicateStageName\n"
                + "FROM alpine:3.20 AS deps\n"));
  }

  @Test
  void checkComment_aboveTheLaterCmd_skipsMultipleInstructionsOnTheEarlierOne() {
    assertEquals(
        List.of(),
        rules(
            "FROM alpine:3.20\nCMD [\"a\"]\n# check=skip=MultipleInstructionsDisallowed\n"
                + "CMD [\"b\"]\n"));
  }

  @Test
  void checkComment_aboveTheEarlierCmd_doesNotSkipMultipleInstructions() {
    assertEquals(
        List.of("3 MultipleInstructionsDisallowed"),
        rules(
            "FROM alpine:3.20\n# check=skip=MultipleInstructionsDisallowed\nCMD [\"a\"]\n"
                + "CMD [\"b\"]\n"));
  }

  @Test
  void hadolintIgnore_mappedId_silencesThatInstructionOnly() {
    assertEquals(
        List.of("4 JSONArgsRecommended"),
        rules("FROM alpine:3.20\n# hadolint ignore=DL3025\nCMD echo a\nENTRYPOINT echo b\n"));
  }

  @Test
  void hadolintIgnore_idNoRuleMapsTo_silencesNothing() {
    assertEquals(
        List.of("3 AptListsNotRemoved"),
        rules(
            "FROM debian:bookworm-slim\n# hadolint ignore=DL3059\n"
                + "RUN apt-get update && apt-get install -y --no-install-recommends"
                + " curl=7.88.1-10\n"));
  }

  @Test
  void hadolintIgnore_listOfMappedIds_silencesEachMappedRule() {
    assertEquals(
        List.of(),
        rules(
            "FROM debian:bookworm-slim\n# hadolint ignore=DL3008,DL3009,DL3015\n"
                + "RUN apt-get update && apt-get install -y curl\n"));
  }

  @Test
  void stagelensIgnore_silencesTheNamedRuleOnly() {
    assertEquals(
        List.of("3 SecretsUsedInArgOrEnv"),
        rules("FROM alpine:3.20\n# stagelens ignore=LegacyKeyValueFormat\nENV TOKEN value\n"));
  }

  @Test
  void stagelensIgnore_wholeFileCheck_isSilenced() {
    assertEquals(
        List.of(),
        rules(
            "FROM alpine:3.20 AS deps\n# stagelens ignore=DuplicateStageName\n"
                + "FROM alpine:3.20 AS deps\n"));
  }

  private static List<String> rules(String dockerfile) {
    return lint(dockerfile).findings().stream().map(f -> f.line() + " " + f.rule()).toList();
  }
}
