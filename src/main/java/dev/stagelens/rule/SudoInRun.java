package dev.stagelens.rule;

import dev.stagelens.fs.ShellCommand;
import java.util.List;
import java.util.Optional;

/**
 * {@code sudo} in a RUN: it hides which user a step needs, keeps sudo and its rules in the image,
 * and behaves unpredictably without a terminal.
 */
final class SudoInRun extends CommandRule {

  SudoInRun() {
    super(
        "SudoInRun",
        Severity.WARNING,
        "A RUN uses sudo, which hides which user a step needs and keeps sudo in the image",
        "Set USER root for the steps that need it and switch back to the unprivileged user after",
        "DL3004");
  }

  @Override
  List<String> problems(List<ShellCommand> commands) {
    return naming(commands, SudoInRun::use, " in a RUN; switch USER for the step instead");
  }

  private static Optional<String> use(ShellCommand command) {
    if (!command.program().equals("sudo")) {
      return Optional.empty();
    }
    String program = Commands.unwrapped(command).program();
    return Optional.of(program.isEmpty() ? "sudo" : "sudo " + program);
  }
}
