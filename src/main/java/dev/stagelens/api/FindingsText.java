package dev.stagelens.api;

import dev.stagelens.rule.Finding;
import dev.stagelens.rule.LintReport;

/** The plain-text summary of findings that CI logs show, one finding a line. */
final class FindingsText {

  private FindingsText() {}

  /** {@code Dockerfile:LINE severity RuleId: message} lines, then a verdict line. */
  static String render(LintReport report, String failOn) {
    StringBuilder out = new StringBuilder();
    for (Finding finding : report.findings()) {
      out.append("Dockerfile:")
          .append(finding.line())
          .append(' ')
          .append(finding.severity().label())
          .append(' ')
          .append(finding.rule())
          .append(": ")
          .append(finding.message())
          .append('\n');
    }
    out.append(report.findings().size())
        .append(report.findings().size() == 1 ? " finding; " : " findings; ")
        .append(report.failed() ? "FAILED" : "passed")
        .append(" (fail-on ")
        .append(failOn)
        .append(")\n");
    return out.toString();
  }
}
