package dev.stagelens.api;

import dev.stagelens.instruction.Suggest;
import dev.stagelens.rule.Rule;
import dev.stagelens.rule.RuleConfig;
import dev.stagelens.rule.RuleRegistry;
import dev.stagelens.rule.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns the rule options of a request into a rule configuration, rejecting unknown names. */
final class RuleRequests {

  private RuleRequests() {}

  /** The configuration from query values; {@code severity} values are {@code Id=level}. */
  static RuleConfig fromQuery(
      RuleRegistry registry, List<String> disable, List<String> severity, String failOn) {
    Map<String, String> levels = new LinkedHashMap<>();
    for (String pair : severity == null ? List.<String>of() : severity) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw invalid("severity '" + pair + "' must have the form RuleId=level");
      }
      levels.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return config(registry, disable, levels, failOn);
  }

  /** The configuration from a JSON body's {@code rules} object, which may be null. */
  static RuleConfig fromBody(RuleRegistry registry, FindingsRequest.RulesOptions options) {
    if (options == null) {
      return RuleConfig.DEFAULTS;
    }
    return config(registry, options.disable(), options.severity(), options.failOn());
  }

  private static RuleConfig config(
      RuleRegistry registry, List<String> disable, Map<String, String> levels, String failOn) {
    List<String> off = disable == null ? List.of() : disable;
    off.forEach(id -> known(registry, id));
    Map<String, Severity> severities = new LinkedHashMap<>();
    (levels == null ? Map.<String, String>of() : levels)
        .forEach((id, level) -> severities.put(known(registry, id), severity(level)));
    Severity threshold = failOn == null || failOn.isBlank() ? Severity.ERROR : severity(failOn);
    return new RuleConfig(Set.copyOf(off), severities, threshold);
  }

  private static String known(RuleRegistry registry, String id) {
    if (registry.rule(id).isPresent()) {
      return id;
    }
    List<String> ids = registry.rules().stream().map(Rule::id).toList();
    String match = Suggest.search(id, ids, true);
    String hint =
        match.isEmpty() ? "; GET /api/v1/rules lists them" : "; did you mean " + match + "?";
    throw invalid("unknown rule '" + id + "'" + hint);
  }

  private static Severity severity(String level) {
    try {
      return Severity.valueOf(level.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid("severity '" + level + "' is not one of error, warning, info, style");
    }
  }

  private static ProblemException invalid(String detail) {
    return new ProblemException(Problem.of(ProblemKind.INVALID_REQUEST, detail));
  }
}
