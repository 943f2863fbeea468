package dev.stagelens.instruction;

import dev.stagelens.parse.Node;
import java.util.Locale;

/** One Dockerfile instruction with its arguments and flags read the way BuildKit reads them. */
public sealed interface Instruction
    permits AddInstruction,
        ArgInstruction,
        CmdInstruction,
        CopyInstruction,
        EntrypointInstruction,
        EnvInstruction,
        ExposeInstruction,
        FromInstruction,
        HealthcheckInstruction,
        LabelInstruction,
        MaintainerInstruction,
        OnbuildInstruction,
        RunInstruction,
        ShellInstruction,
        StopSignalInstruction,
        UserInstruction,
        VolumeInstruction,
        WorkdirInstruction {

  /** The syntax node the instruction was read from. */
  Node node();

  /** The keyword in upper case, such as {@code RUN}, whatever case the file uses. */
  default String keyword() {
    return node().value().toUpperCase(Locale.ROOT);
  }

  /** First physical line of the instruction, 1-based. */
  default int startLine() {
    return node().startLine();
  }

  /** Last physical line of the instruction, inclusive. */
  default int endLine() {
    return node().endLine();
  }
}
