package dev.stagelens.rule;

import dev.stagelens.fs.ShellCommand;
import dev.stagelens.fs.StepRecord;
import dev.stagelens.fs.UnixPaths;
import dev.stagelens.graph.GraphStage;
import dev.stagelens.instruction.InstructionException;
import dev.stagelens.instruction.Mount;
import dev.stagelens.instruction.RunInstruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A RUN that starts by changing into a fixed directory and stays there: its first command is {@code
 * cd /absolute/dir}, more commands follow, and no later command of the RUN changes directory again.
 * That directory could be the WORKDIR. A RUN that moves on with another {@code cd}, or works in
 * {@code /}, {@code /tmp} or {@code /var/tmp}, does scratch work there and is left alone, as is a
 * {@code cd} to a directory only the shell knows ({@code cd $HOME}).
 */
final class CdInsteadOfWorkdir extends AbstractRule {

  CdInsteadOfWorkdir() {
    super(
        "CdInsteadOfWorkdir",
        Severity.INFO,
        false,
        "A RUN starts with cd into a fixed absolute directory and stays there, where WORKDIR would "
            + "say it once; a RUN that changes directory again, or works in /, /tmp, /var/tmp, a "
            + "mounted directory or one named by a variable, is left alone",
        "Set WORKDIR to the directory before the RUN and drop the cd",
        "DL3003");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (GraphStage stage : context.builtStages()) {
      for (StepRecord step : context.files().stepsOf(stage.index())) {
        if (step.instruction() instanceof RunInstruction run && run.command().prependShell()) {
          List<ShellCommand> commands = context.scans().commands(run);
          problem(commands, step.workdir(), mountTargets(run))
              .ifPresent(message -> out.add(at(run, stage.index(), message)));
        }
      }
    }
    return out;
  }

  private static Optional<String> problem(
      List<ShellCommand> commands, String workdir, List<String> mounts) {
    ShellCommand first = commands.isEmpty() ? null : commands.get(0);
    if (first == null
        || commands.size() < 2
        || !first.program().equals("cd")
        || first.args().size() != 1
        || first.pipedInto()
        || first.background()
        || commands.stream().skip(1).anyMatch(c -> c.program().equals("cd"))) {
      return Optional.empty();
    }
    String dir = first.args().get(0);
    String clean = UnixPaths.clean(dir);
    if (!dir.startsWith("/")
        || Commands.dynamic(dir)
        || scratch(clean)
        || mounts.stream().anyMatch(target -> UnixPaths.isWithin(clean, target))) {
      return Optional.empty();
    }
    if (clean.equals(UnixPaths.clean(workdir))) {
      return Optional.of("RUN starts with 'cd " + dir + "', which is already the WORKDIR");
    }
    return Optional.of("RUN starts with 'cd " + dir + "'; set WORKDIR " + dir + " instead");
  }

  /** Where the RUN's mounts appear: a cd into one works on what the layer does not keep. */
  private static List<String> mountTargets(RunInstruction run) {
    try {
      return run.mounts().stream()
          .map(Mount::target)
          .filter(t -> t.startsWith("/"))
          .map(UnixPaths::clean)
          .toList();
    } catch (InstructionException e) {
      return List.of();
    }
  }

  private static boolean scratch(String dir) {
    return dir.equals("/")
        || UnixPaths.isWithin(dir, "/tmp")
        || UnixPaths.isWithin(dir, "/var/tmp");
  }
}
