package dev.stagelens.rule;

import dev.stagelens.fs.ShellCommand;
import java.util.List;
import java.util.Optional;

/**
 * A package manager asked to install packages by name with no version, so that every build can get
 * a different one. Words the shell decides at run time, such as {@code $PACKAGES}, are not judged.
 */
abstract class UnpinnedPackageRule extends CommandRule {

  private final String pinForm;

  UnpinnedPackageRule(
      String id, Severity severity, String description, String pinForm, String hadolint) {
    super(
        id,
        severity,
        description,
        "Pin each package as " + pinForm + ", or install from a lock or requirements file",
        hadolint);
    this.pinForm = pinForm;
  }

  /** What the command is called in messages, such as {@code apt-get install}. */
  abstract String usage();

  /** The packages {@code command} installs by name or path, as written; empty for none. */
  abstract List<String> packages(ShellCommand command);

  /** True when {@code name} fixes what gets installed: a version, a file, a URL. */
  abstract boolean pinned(String name);

  @Override
  Optional<String> problem(ShellCommand command) {
    List<String> unpinned =
        packages(command).stream().filter(p -> !Commands.dynamic(p) && !pinned(p)).toList();
    if (unpinned.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        usage()
            + " of "
            + Commands.quoted(unpinned)
            + " with no version; pin "
            + (unpinned.size() == 1 ? "it" : "each")
            + " as "
            + pinForm);
  }
}
