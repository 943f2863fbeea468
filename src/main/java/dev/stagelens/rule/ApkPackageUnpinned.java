package dev.stagelens.rule;

import dev.stagelens.fs.ShellCommand;
import java.util.List;
import java.util.Set;

/**
 * {@code apk add} of a package without a version constraint ({@code =}, {@code ~}, {@code <} or
 * {@code >}). The name given to {@code --virtual} is not a package; {@code .apk} files and paths
 * count as pinned.
 */
final class ApkPackageUnpinned extends UnpinnedPackageRule {

  private static final Set<String> VALUED =
      Set.of(
          "-t",
          "--virtual",
          "-X",
          "--repository",
          "-p",
          "--root",
          "--keys-dir",
          "--repositories-file",
          "--cache-dir",
          "--arch");

  ApkPackageUnpinned() {
    super(
        "ApkPackageUnpinned",
        Severity.INFO,
        "apk add names a package without a version constraint; the --virtual name is not a package",
        "name=version or name~version",
        "DL3018");
  }

  @Override
  String usage() {
    return "apk add";
  }

  @Override
  List<String> packages(ShellCommand command) {
    if (!command.program().equals("apk")) {
      return List.of();
    }
    return Commands.afterSubcommand(command.args(), VALUED, Set.of("add")).orElse(List.of());
  }

  @Override
  boolean pinned(String name) {
    return name.contains("=")
        || name.contains("~")
        || name.contains("<")
        || name.contains(">")
        || name.contains("/")
        || name.endsWith(".apk");
  }
}
