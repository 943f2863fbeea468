package dev.stagelens.rule;

import java.util.ArrayList;
import java.util.List;

/** Package lists from {@code apt-get update} left in a layer of the image. */
final class AptListsNotRemoved extends AbstractRule {

  AptListsNotRemoved() {
    super(
        "AptListsNotRemoved",
        Severity.WARNING,
        true,
        "apt package lists are left in a layer that ships in the image",
        "End the same RUN with 'rm -rf /var/lib/apt/lists/*', or use a cache mount for "
            + "/var/lib/apt/lists",
        "DL3009");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    ImageSteps.forAdded(
        context,
        path -> path.path().equals("/var/lib/apt/lists") && path.kind().equals("lists"),
        (step, path) ->
            out.add(
                at(
                    step.instruction(),
                    step.stage(),
                    "apt package lists in /var/lib/apt/lists stay in this layer; remove "
                        + "them in the same RUN")));
    return out;
  }
}
