package dev.stagelens.rule;

import dev.stagelens.fs.ShellCommand;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code apt-get install} that does not answer its own confirmation prompt: no {@code -y}, {@code
 * --yes}, {@code --assume-yes}, {@code -qq}, {@code -q=2} or {@code APT::Get::Assume-Yes}, and no
 * {@code yes |} in front. Without a terminal the prompt reads end-of-input and apt-get aborts.
 */
final class AptGetMissingYes extends CommandRule {

  private static final Set<String> YES = Set.of("--yes", "--assume-yes", "-q=2", "--quiet=2");

  AptGetMissingYes() {
    super(
        "AptGetMissingYes",
        Severity.WARNING,
        "apt-get install does not answer its confirmation prompt (no -y, --yes, --assume-yes, -qq "
            + "or yes |), so without a terminal it aborts",
        "Add -y (apt-get install -y ...)",
        "DL3014");
  }

  @Override
  Optional<String> problem(List<ShellCommand> commands, int index) {
    ShellCommand command = Commands.unwrapped(commands.get(index));
    if (AptPackageUnpinned.install(command).isEmpty()
        || answered(command.args())
        || pipedFromYes(commands, index)) {
      return Optional.empty();
    }
    return Optional.of(
        "'" + Commands.shown(command) + "' has no -y and aborts at its confirmation prompt");
  }

  private static boolean answered(List<String> args) {
    return Commands.hasShortFlag(args, 'y')
        || args.stream().anyMatch(YES::contains)
        || args.stream().anyMatch(a -> a.matches("-q+") && a.length() > 2)
        || Commands.optionValues(args, AptPackageUnpinned.OPTION).stream()
            .anyMatch(v -> v.matches("(?i)APT::Get::Assume-Yes=(?:true|yes|1)"));
  }

  private static boolean pipedFromYes(List<ShellCommand> commands, int index) {
    return index > 0
        && commands.get(index - 1).pipedInto()
        && commands.get(index - 1).program().equals("yes");
  }
}
