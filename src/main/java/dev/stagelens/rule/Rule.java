package dev.stagelens.rule;

import java.util.List;

/**
 * A check over the shared analyses of a Dockerfile. Each rule reads the parse, stage graph, file
 * and size results from the {@link RuleContext}; none recomputes them.
 */
public interface Rule {

  /** The stable id, such as {@code AptListsNotRemoved}; BuildKit's checks keep BuildKit's names. */
  String id();

  /** The severity its findings carry. */
  Severity severity();

  /** One sentence on what the rule finds. */
  String description();

  /** How to fix what it finds. */
  String fix();

  /** True when the rule concerns what ships in the image, so it looks only at shipped stages. */
  boolean imageRule();

  /** Which stages the rule looks at. */
  Scope scope();

  /** The hadolint rules that find the same thing, such as {@code DL3008}; empty when none. */
  List<String> hadolint();

  /** Where the rule is documented: a URL for BuildKit's checks, else a path in docs/rules.md. */
  String docs();

  /** The findings of this rule on one Dockerfile. */
  List<Finding> check(RuleContext context);
}
