package dev.stagelens.rule;

import dev.stagelens.graph.GraphStage;
import dev.stagelens.instruction.CmdInstruction;
import dev.stagelens.instruction.CommandLine;
import dev.stagelens.instruction.EntrypointInstruction;
import dev.stagelens.instruction.Instruction;
import dev.stagelens.instruction.ShellInstruction;
import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's JSONArgsRecommended: CMD or ENTRYPOINT in shell form in a stage that is built and has
 * no SHELL, so signals reach {@code /bin/sh} instead of the program. A SHELL set in an earlier
 * stage the stage is built FROM counts, as the image config carries it over.
 */
final class JsonArgsRecommended extends BuildKitCheck {

  JsonArgsRecommended() {
    super(
        "JSONArgsRecommended",
        true,
        "JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to "
            + "OS signals",
        "Write the command as a JSON array, such as CMD [\"node\", \"server.js\"]",
        "DL3025");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (GraphStage stage : context.builtStages()) {
      boolean shellSet = shellInherited(context, stage);
      for (Instruction command : stage.stage().commands()) {
        shellSet |= command instanceof ShellInstruction;
        CommandLine line = commandLine(command);
        if (line != null && line.prependShell() && !shellSet) {
          out.add(
              at(
                  command,
                  stage.index(),
                  "JSON arguments recommended for "
                      + command.node().value()
                      + " to prevent unintended behavior related to OS signals"));
        }
      }
    }
    return out;
  }

  private static boolean shellInherited(RuleContext context, GraphStage stage) {
    for (Integer base = stage.baseStage(); base != null; ) {
      GraphStage parent = context.graph().stage(base);
      if (parent.stage().commands().stream().anyMatch(ShellInstruction.class::isInstance)) {
        return true;
      }
      base = parent.baseStage();
    }
    return false;
  }

  private static CommandLine commandLine(Instruction command) {
    if (command instanceof CmdInstruction cmd) {
      return cmd.command();
    }
    if (command instanceof EntrypointInstruction entrypoint) {
      return entrypoint.command();
    }
    return null;
  }
}
