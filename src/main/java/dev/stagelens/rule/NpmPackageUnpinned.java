package dev.stagelens.rule;

import dev.stagelens.fs.PackageOptions;
import dev.stagelens.fs.ShellCommand;
import java.util.List;
import java.util.Set;

/**
 * {@code npm install} of a package by name without {@code @version}; {@code @latest} is not a
 * version. {@code npm install} and {@code npm ci} with no package install what the lock file holds;
 * git, URL, tarball and local references are not judged.
 */
final class NpmPackageUnpinned extends UnpinnedPackageRule {

  private static final Set<String> INSTALL =
      Set.of("install", "i", "in", "ins", "inst", "insta", "instal", "isnt", "isntall", "add");
  private static final List<String> REFERENCES =
      List.of(".", "/", "~", "file:", "git:", "git+", "github:", "gitlab:", "http:", "https:");

  NpmPackageUnpinned() {
    super(
        "NpmPackageUnpinned",
        Severity.WARNING,
        "npm install names a package without @version (@latest is not one); npm ci, a bare npm "
            + "install and git, URL, tarball or local references are fine",
        "name@version",
        "DL3016");
  }

  @Override
  String usage() {
    return "npm install";
  }

  @Override
  List<String> packages(ShellCommand command) {
    if (!command.program().equals("npm")) {
      return List.of();
    }
    return Commands.afterSubcommand(command.args(), PackageOptions.NPM, INSTALL).orElse(List.of());
  }

  @Override
  boolean pinned(String name) {
    if (REFERENCES.stream().anyMatch(name::startsWith)
        || name.endsWith(".tgz")
        || name.endsWith(".tar.gz")) {
      return true;
    }
    int at = name.indexOf('@', 1);
    if (at < 0) {
      return !name.startsWith("@") && name.contains("/");
    }
    String version = name.substring(at + 1);
    return !version.isEmpty() && !version.equals("latest");
  }
}
