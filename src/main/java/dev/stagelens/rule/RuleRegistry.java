package dev.stagelens.rule;

import dev.stagelens.parse.Deadline;
import dev.stagelens.size.BaseImageCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every rule stagelens runs, in one place; the API and the docs list them from here. */
public final class RuleRegistry {

  private final List<Rule> rules;

  public RuleRegistry(BaseImageCatalog catalog) {
    this.rules =
        List.of(
            new NoEmptyContinuation(),
            new MaintainerDeprecated(),
            new JsonArgsRecommended(),
            new StageNameCasing(),
            new FromAsCasing(),
            new DuplicateStageName(),
            new ReservedStageName(),
            new AptListsNotRemoved(),
            new PackageCacheLeft(),
            new DeletedInLaterLayer(),
            new RootUserInImage(),
            new UnpinnedBaseImage(),
            new BuildToolBaseInImage(catalog));
  }

  /** The rules, in registration order. */
  public List<Rule> rules() {
    return rules;
  }

  /** Runs every rule; the findings come back ordered by line, then rule id. */
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (Rule rule : rules) {
      Deadline.check();
      out.addAll(rule.check(context));
    }
    out.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::rule));
    return List.copyOf(out);
  }
}
