package dev.stagelens.rule;

import dev.stagelens.graph.GraphStage;
import java.util.ArrayList;
import java.util.List;

/** A shipped stage on an image with no tag, or {@code latest}, and no digest. */
final class UnpinnedBaseImage extends AbstractRule {

  UnpinnedBaseImage() {
    super(
        "UnpinnedBaseImage",
        Severity.WARNING,
        true,
        "The image is built on a base that is not pinned to a version",
        "Name a version tag, such as node:22-slim, or pin a digest",
        "DL3006",
        "DL3007");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (GraphStage stage : context.shippedStages()) {
      if (stage.baseImage() != null
          && stage.baseImage().digest() == null
          && "latest".equals(stage.baseImage().tag())) {
        out.add(
            at(
                stage.stage().from(),
                stage.index(),
                "base image '"
                    + stage.expandedBase()
                    + "' is not pinned: it resolves to "
                    + stage.baseImage()
                    + " and changes without notice"));
      }
    }
    return out;
  }
}
