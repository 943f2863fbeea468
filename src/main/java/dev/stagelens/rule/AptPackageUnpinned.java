package dev.stagelens.rule;

import dev.stagelens.fs.ShellCommand;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code apt-get install} (or {@code apt install}) of a package without {@code =version}. A release
 * ({@code name/bookworm-backports}) and a {@code .deb} file count as pinned, as in hadolint.
 */
final class AptPackageUnpinned extends UnpinnedPackageRule {

  /** apt-get's options that take a value as the next word. */
  static final Set<String> VALUED =
      Set.of(
          "-o",
          "-c",
          "-t",
          "-a",
          "--option",
          "--config-file",
          "--target-release",
          "--default-release",
          "--host-architecture");

  /** apt-get's option that sets a configuration item, {@code -o Name=value}. */
  static final Set<String> OPTION = Set.of("-o", "--option");

  AptPackageUnpinned() {
    super(
        "AptPackageUnpinned",
        Severity.INFO,
        "apt-get install names a package without =version; a release (name/bookworm-backports) and "
            + "a .deb file count as pinned",
        "name=version",
        "DL3008");
  }

  /** The operands after {@code install} when {@code command} is apt-get or apt install. */
  static Optional<List<String>> install(ShellCommand command) {
    if (!command.program().equals("apt-get") && !command.program().equals("apt")) {
      return Optional.empty();
    }
    return Commands.afterSubcommand(command.args(), VALUED, Set.of("install"));
  }

  @Override
  String usage() {
    return "apt-get install";
  }

  @Override
  List<String> packages(ShellCommand command) {
    return install(command).orElse(List.of());
  }

  @Override
  boolean pinned(String name) {
    return name.contains("=") || name.contains("/") || name.endsWith(".deb");
  }
}
