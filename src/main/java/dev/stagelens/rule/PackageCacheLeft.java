package dev.stagelens.rule;

import java.util.ArrayList;
import java.util.List;

/** A package manager's download cache written into a layer of the image. */
final class PackageCacheLeft extends AbstractRule {

  PackageCacheLeft() {
    super(
        "PackageCacheLeft",
        Severity.WARNING,
        true,
        "A package manager cache is left in a layer that ships in the image",
        "Disable the cache (pip --no-cache-dir, apk --no-cache, npm cache clean --force in the "
            + "same RUN) or use RUN --mount=type=cache for its directory",
        "DL3042",
        "DL3019");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    ImageSteps.forAdded(
        context,
        path -> path.kind().equals("cache"),
        (step, path) ->
            out.add(
                at(
                    step.instruction(),
                    step.stage(),
                    "cache of '" + path.content() + "' left at " + path.path() + " in the image")));
    return out;
  }
}
