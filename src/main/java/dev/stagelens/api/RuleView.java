package dev.stagelens.api;

import dev.stagelens.rule.Rule;
import java.util.List;

/**
 * One rule as {@code GET /api/v1/rules} lists it.
 *
 * @param id the stable id
 * @param severity error, warning, info or style
 * @param scope all-stages, built-stages or image
 * @param imageRule true when only stages that ship in the image are checked
 * @param description what it finds
 * @param fix how to fix it
 * @param hadolint hadolint rules that find the same thing
 * @param docs a URL, or a path in the repository's docs
 */
public record RuleView(
    String id,
    String severity,
    String scope,
    boolean imageRule,
    String description,
    String fix,
    List<String> hadolint,
    String docs) {

  static RuleView of(Rule rule) {
    return new RuleView(
        rule.id(),
        rule.severity().label(),
        rule.scope().label(),
        rule.imageRule(),
        rule.description(),
        rule.fix(),
        rule.hadolint(),
        rule.docs());
  }
}
