package dev.stagelens.rule;

import dev.stagelens.fs.ShellCommand;
import dev.stagelens.fs.ShellScript;
import dev.stagelens.instruction.RunInstruction;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the rules of one analysis walk, worked out once: the simple commands of each RUN, and the
 * steps and RUNs of each scope. Dozens of rules read the same scripts and walk the same stages, and
 * working them out again for each was the largest cost of the findings. One instance serves the
 * rules of one analysis, on one thread.
 */
public final class Scans {

  private final Map<RunInstruction, List<ShellCommand>> commands = new IdentityHashMap<>();
  private final Map<Scope, List<Scan.Step>> steps = new EnumMap<>(Scope.class);
  private final Map<Scope, List<Scan.Run>> runs = new EnumMap<>(Scope.class);

  /** The commands of {@code run}'s script, heredoc bodies included. */
  List<ShellCommand> commands(RunInstruction run) {
    return commands.computeIfAbsent(run, r -> ShellScript.parse(ShellScript.script(r.command())));
  }

  /** The steps of {@code scope}, walked by {@code walk} the first time they are asked for. */
  List<Scan.Step> steps(Scope scope, Function<Scope, List<Scan.Step>> walk) {
    return remembered(steps, scope, walk);
  }

  /** The RUNs of {@code scope}, walked by {@code walk} the first time they are asked for. */
  List<Scan.Run> runs(Scope scope, Function<Scope, List<Scan.Run>> walk) {
    return remembered(runs, scope, walk);
  }

  private static <T> List<T> remembered(
      Map<Scope, List<T>> known, Scope scope, Function<Scope, List<T>> walk) {
    return known.computeIfAbsent(scope, covered -> List.copyOf(walk.apply(covered)));
  }
}
