package dev.stagelens.rule;

import java.util.List;

/**
 * The findings of one Dockerfile after suppressions and configuration.
 *
 * @param findings what the rules found, by line, with their final severity
 * @param failed true when a finding is at or above the requested {@code failOn} severity
 * @param warningsAreErrors true when the file asks BuildKit to fail on its checks ({@code # check=
 *     error=true}); BuildKit's warnings are then reported as errors
 */
public record LintReport(List<Finding> findings, boolean failed, boolean warningsAreErrors) {

  public LintReport {
    findings = List.copyOf(findings);
  }

  /** This report with every finding's message rewritten by {@code rewrite}. */
  public LintReport withMessages(java.util.function.UnaryOperator<String> rewrite) {
    return new LintReport(
        findings.stream().map(f -> f.withMessage(rewrite)).toList(), failed, warningsAreErrors);
  }
}
