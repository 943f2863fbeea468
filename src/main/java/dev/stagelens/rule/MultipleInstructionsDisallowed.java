package dev.stagelens.rule;

import dev.stagelens.instruction.CmdInstruction;
import dev.stagelens.instruction.EntrypointInstruction;
import dev.stagelens.instruction.HealthcheckInstruction;
import dev.stagelens.instruction.Instruction;
import dev.stagelens.instruction.Stage;
import dev.stagelens.parse.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BuildKit's MultipleInstructionsDisallowed: a second CMD, ENTRYPOINT or HEALTHCHECK in a stage. As
 * in BuildKit the finding sits on the earlier one, which is the one ignored.
 */
final class MultipleInstructionsDisallowed extends BuildKitCheck {

  MultipleInstructionsDisallowed() {
    super(
        "MultipleInstructionsDisallowed",
        true,
        "Multiple instructions of the same type should not be used in the same stage",
        "Delete all but the last one",
        "DL4003",
        "DL4004");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (Stage stage : Scan.stages(context, scope())) {
      Map<String, Instruction> last = new HashMap<>();
      for (Instruction command : stage.commands()) {
        if (once(command)) {
          Instruction earlier = last.put(command.keyword(), command);
          if (earlier != null) {
            out.add(at(earlier, stage.index(), message(command.node().value())));
          }
        }
      }
    }
    return out;
  }

  /**
   * BuildKit reports the earlier instruction while it checks the later one of the same keyword, so
   * the later one's comments govern the finding.
   */
  @Override
  Node commentedInstruction(Node at, List<Node> instructions) {
    for (Node node : instructions.subList(instructions.indexOf(at) + 1, instructions.size())) {
      if (node.value().equalsIgnoreCase("from")) {
        break;
      }
      if (node.value().equalsIgnoreCase(at.value())) {
        return node;
      }
    }
    return at;
  }

  private static boolean once(Instruction command) {
    return command instanceof CmdInstruction
        || command instanceof EntrypointInstruction
        || command instanceof HealthcheckInstruction;
  }

  private static String message(String name) {
    return "Multiple "
        + name
        + " instructions should not be used in the same stage because only the last one will be "
        + "used";
  }
}
