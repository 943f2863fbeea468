package dev.stagelens.rule;

import java.util.List;

/** Writes docs/rules.md from the registry: one section per rule, and the hadolint mapping. */
final class RulesDoc {

  private RulesDoc() {}

  static String render(List<Rule> rules) {
    StringBuilder out = new StringBuilder();
    out.append("# Rules\n\n")
        .append(
            "Generated from the rule registry; `RegistryContractTest` fails when they differ.\n")
        .append("`GET /api/v1/rules` lists the same. Scope says which stages a rule reads:\n")
        .append("`all-stages` (BuildKit's parse-time checks), `built-stages` (BuildKit's\n")
        .append("dispatch-time checks and our build-time rules: only stages the target builds),\n")
        .append("`image` (only stages whose layers ship in the target image).\n\n")
        .append("Switch a rule off with `# check=skip=Id` at the top (`skip=all` switches off\n")
        .append(
            "every rule; `error=true` reports BuildKit's checks as errors), or on the comment\n")
        .append("line above an instruction, `# stagelens ignore=Id` above it, or\n")
        .append("`# hadolint ignore=DLxxxx` for the rules mapped below. Above an instruction,\n")
        .append("only the first `check=` comment counts and `error=` there is ignored, as in\n")
        .append("BuildKit, which also ignores it for the checks it runs over the whole file: ")
        .append(String.join(", ", wholeFile(rules)))
        .append(".\n\n")
        .append("| rule | severity | scope | hadolint |\n| --- | --- | --- | --- |\n");
    for (Rule rule : rules) {
      out.append("| [")
          .append(rule.id())
          .append("](#")
          .append(rule.id().toLowerCase(java.util.Locale.ROOT))
          .append(") | ")
          .append(rule.severity().label())
          .append(" | ")
          .append(rule.scope().label())
          .append(" | ")
          .append(String.join(", ", rule.hadolint()))
          .append(" |\n");
    }
    for (Rule rule : rules) {
      out.append("\n## ").append(rule.id()).append("\n\n");
      out.append(rule.description()).append(".\n\n");
      out.append("- Severity: ").append(rule.severity().label()).append('\n');
      out.append("- Scope: ").append(rule.scope().label()).append('\n');
      out.append("- Fix: ").append(rule.fix()).append('\n');
      if (!rule.hadolint().isEmpty()) {
        out.append("- hadolint: ").append(String.join(", ", rule.hadolint())).append('\n');
      }
      if (rule.docs().startsWith("https://")) {
        out.append("- BuildKit: ").append(rule.docs()).append('\n');
      }
    }
    return out.toString();
  }

  private static List<String> wholeFile(List<Rule> rules) {
    return rules.stream()
        .filter(rule -> rule instanceof BuildKitCheck check && !check.readsCheckComments())
        .map(Rule::id)
        .toList();
  }
}
