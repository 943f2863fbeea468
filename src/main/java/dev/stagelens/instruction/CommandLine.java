package dev.stagelens.instruction;

import dev.stagelens.parse.Heredoc;
import java.util.List;

/**
 * The command of RUN, CMD or ENTRYPOINT (BuildKit's {@code ShellDependantCmdLine}).
 *
 * @param args in exec form the JSON elements; in shell form one element holding the whole text
 *     (empty when the instruction has no arguments)
 * @param prependShell true in shell form: the stage's shell runs {@code args}
 * @param files the heredocs of the instruction, with their bodies as written
 */
public record CommandLine(List<String> args, boolean prependShell, List<Heredoc> files) {

  public CommandLine {
    args = List.copyOf(args);
    files = List.copyOf(files);
  }

  /** True when the command was written as a JSON array. */
  public boolean execForm() {
    return !prependShell;
  }
}
