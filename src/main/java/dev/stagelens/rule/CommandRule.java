package dev.stagelens.rule;

import dev.stagelens.fs.ShellCommand;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A rule about the simple commands of the shell-form RUNs the target builds: each problem a command
 * shows becomes a finding at its RUN.
 */
abstract class CommandRule extends AbstractRule {

  CommandRule(String id, Severity severity, String description, String fix, String... hadolint) {
    super(id, severity, false, description, fix, hadolint);
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (Scan.Run run : Scan.runs(context, scope())) {
      for (String message : problems(run.commands())) {
        out.add(at(run.run(), run.stage().index(), message));
      }
    }
    return out;
  }

  /**
   * The problems of a RUN's commands, one message each and no message twice; by default each
   * command on its own.
   */
  List<String> problems(List<ShellCommand> commands) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < commands.size(); i++) {
      problem(commands, i).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /**
   * One message for a whole RUN: the distinct uses {@code use} finds in its commands, quoted, then
   * {@code advice}; none when no command has one.
   */
  static List<String> naming(
      List<ShellCommand> commands, Function<ShellCommand, Optional<String>> use, String advice) {
    Set<String> found = new LinkedHashSet<>();
    commands.forEach(command -> use.apply(command).ifPresent(found::add));
    return found.isEmpty() ? List.of() : List.of(Commands.quoted(found) + advice);
  }

  /** The problem of the command at {@code index}, seen with the commands around it. */
  Optional<String> problem(List<ShellCommand> commands, int index) {
    return problem(Commands.unwrapped(commands.get(index)));
  }

  /** The problem of one command, with any sudo or env prefix taken off. */
  Optional<String> problem(ShellCommand command) {
    return Optional.empty();
  }
}
