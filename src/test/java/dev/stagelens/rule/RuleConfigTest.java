package dev.stagelens.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagelens.instruction.BuildOptions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A request's rule configuration: rules switched off, severities replaced, the fail threshold. */
class RuleConfigTest {

  private static final String FILE = "FROM alpine:3.20\nMAINTAINER me\nCMD echo hi\n";

  private static LintReport lint(RuleConfig config) {
    return Lint.REGISTRY.lint(Lint.context(FILE, BuildOptions.defaults(), null), config);
  }

  @Test
  void lint_defaults_reportWarningsAndPass() {
    LintReport report = lint(RuleConfig.DEFAULTS);
    assertEquals(
        List.of("2 MaintainerDeprecated warning", "3 JSONArgsRecommended warning"),
        Lint.severities(report.findings()));
    assertFalse(report.failed());
  }

  @Test
  void lint_disabledRule_dropsItsFindings() {
    LintReport report =
        lint(new RuleConfig(Set.of("MaintainerDeprecated"), Map.of(), Severity.ERROR));
    assertEquals(List.of("3 JSONArgsRecommended warning"), Lint.severities(report.findings()));
  }

  @Test
  void lint_severityOverride_replacesTheRulesSeverity() {
    LintReport report =
        lint(
            new RuleConfig(Set.of(), Map.of("JSONArgsRecommended", Severity.INFO), Severity.ERROR));
    assertEquals(
        List.of("2 MaintainerDeprecated warning", "3 JSONArgsRecommended info"),
        Lint.severities(report.findings()));
  }

  @Test
  void lint_severityRaisedToError_failsAtTheDefaultThreshold() {
    LintReport report =
        lint(
            new RuleConfig(
                Set.of(), Map.of("MaintainerDeprecated", Severity.ERROR), Severity.ERROR));
    assertTrue(report.failed());
  }

  @Test
  void lint_failOnWarning_failsOnAWarning() {
    assertTrue(lint(new RuleConfig(Set.of(), Map.of(), Severity.WARNING)).failed());
  }

  @Test
  void lint_failOnWarningWithWarningsLowered_passes() {
    LintReport report =
        lint(
            new RuleConfig(
                Set.of("MaintainerDeprecated"),
                Map.of("JSONArgsRecommended", Severity.STYLE),
                Severity.WARNING));
    assertEquals(List.of("3 JSONArgsRecommended style"), Lint.severities(report.findings()));
    assertFalse(report.failed());
  }
}
