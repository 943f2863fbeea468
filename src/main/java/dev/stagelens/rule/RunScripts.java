package dev.stagelens.rule;

import dev.stagelens.fs.ShellCommand;
import dev.stagelens.fs.ShellScript;
import dev.stagelens.instruction.RunInstruction;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simple commands of each RUN, read once per analysis: a dozen rules look at the same scripts,
 * and reading them again for each was the largest cost of the findings. One instance serves the
 * rules of one analysis, on one thread.
 */
public final class RunScripts {

  private final Map<RunInstruction, List<ShellCommand>> read = new IdentityHashMap<>();

  /** The commands of {@code run}'s script, heredoc bodies included. */
  List<ShellCommand> commands(RunInstruction run) {
    return read.computeIfAbsent(run, r -> ShellScript.parse(ShellScript.script(r.command())));
  }
}
