package dev.stagelens.rule;

import java.util.Map;
import java.util.Set;

/**
 * What a request asks of the rules.
 *
 * @param disabled ids of rules whose findings are dropped
 * @param severities severities that replace a rule's own, by rule id
 * @param failOn the least severity that fails the check; findings at it or above set {@code failed}
 */
public record RuleConfig(Set<String> disabled, Map<String, Severity> severities, Severity failOn) {

  /** Every rule on at its own severity; errors fail the check. */
  public static final RuleConfig DEFAULTS = new RuleConfig(Set.of(), Map.of(), Severity.ERROR);

  public RuleConfig {
    disabled = Set.copyOf(disabled);
    severities = Map.copyOf(severities);
  }

  /** The severity {@code finding} takes under this configuration. */
  Severity severityOf(Finding finding) {
    return severities.getOrDefault(finding.rule(), finding.severity());
  }
}
