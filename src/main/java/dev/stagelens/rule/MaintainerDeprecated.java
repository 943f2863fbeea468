package dev.stagelens.rule;

import dev.stagelens.instruction.Instruction;
import dev.stagelens.instruction.MaintainerInstruction;
import dev.stagelens.instruction.Stage;
import java.util.ArrayList;
import java.util.List;

/** BuildKit's MaintainerDeprecated: MAINTAINER instead of a label. */
final class MaintainerDeprecated extends BuildKitCheck {

  MaintainerDeprecated() {
    super(
        "MaintainerDeprecated",
        false,
        "The MAINTAINER instruction is deprecated, use a label instead to define an image author",
        "Replace it with LABEL org.opencontainers.image.authors=\"...\"",
        "DL4000");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (Stage stage : context.instructions().stages()) {
      for (Instruction command : stage.commands()) {
        if (command instanceof MaintainerInstruction) {
          out.add(
              at(
                  command,
                  stage.index(),
                  "Maintainer instruction is deprecated in favor of using label"));
        }
      }
    }
    return out;
  }
}
