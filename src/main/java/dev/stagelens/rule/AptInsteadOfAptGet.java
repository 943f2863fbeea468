package dev.stagelens.rule;

import dev.stagelens.fs.ShellCommand;
import java.util.List;
import java.util.Optional;

/** {@code apt} run in a RUN: its interface is made for people and may change between releases. */
final class AptInsteadOfAptGet extends CommandRule {

  AptInsteadOfAptGet() {
    super(
        "AptInsteadOfAptGet",
        Severity.WARNING,
        "A RUN uses apt, whose command-line interface is made for people and may change between "
            + "releases",
        "Use apt-get (or apt-cache) instead of apt",
        "DL3027");
  }

  @Override
  List<String> problems(List<ShellCommand> commands) {
    return naming(
        commands,
        AptInsteadOfAptGet::use,
        " in a RUN; use apt-get, whose interface is stable in scripts");
  }

  private static Optional<String> use(ShellCommand command) {
    ShellCommand unwrapped = Commands.unwrapped(command);
    if (!unwrapped.program().equals("apt")) {
      return Optional.empty();
    }
    List<String> operands = Commands.operands(unwrapped.args(), AptPackageUnpinned.VALUED);
    return Optional.of(operands.isEmpty() ? "apt" : "apt " + operands.get(0));
  }
}
