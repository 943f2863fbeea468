package dev.stagelens.rule;

import dev.stagelens.fs.PackageOptions;
import dev.stagelens.fs.ShellCommand;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code pip install} (also {@code python -m pip} and {@code uv pip install}) of a package by name
 * without a version specifier. Requirement and constraint files, paths, URLs, archives, direct
 * references ({@code name @ url}) and editable installs are not judged; neither is an install with
 * {@code --no-index}, which takes what a local folder holds, nor an upgrade of the installer itself
 * ({@code pip}, {@code setuptools}, {@code wheel}).
 */
final class PipPackageUnpinned extends UnpinnedPackageRule {

  private static final Set<String> CONSTRAINED = Set.of("-c", "--constraint", "--no-index");
  private static final Set<String> INSTALLERS = Set.of("pip", "setuptools", "wheel");
  private static final Pattern PIP = Pattern.compile("pip[0-9.]*");
  private static final Pattern PYTHON = Pattern.compile("python[0-9.]*");
  private static final Pattern SPECIFIER = Pattern.compile(".*(?:==|~=|!=|>|<|@).*");
  private static final Pattern FILE = Pattern.compile("(?i).*\\.(?:whl|zip|tar\\.gz|tgz|tar)$");

  PipPackageUnpinned() {
    super(
        "PipPackageUnpinned",
        Severity.WARNING,
        "pip install (also python -m pip and uv pip) names a package without a version specifier; "
            + "requirement and constraint files, paths, URLs, --no-index installs and upgrades "
            + "of pip, setuptools and wheel are not judged",
        "name==version",
        "DL3013");
  }

  @Override
  String usage() {
    return "pip install";
  }

  @Override
  List<String> packages(ShellCommand command) {
    List<String> args = pipArgs(command).orElse(List.of());
    if (Commands.hasOption(args, CONSTRAINED)) {
      return List.of();
    }
    return Commands.afterSubcommand(args, PackageOptions.PIP, Set.of("install")).orElse(List.of());
  }

  /** The words after {@code pip}, {@code python -m pip} or {@code uv pip}; empty otherwise. */
  static Optional<List<String>> pipArgs(ShellCommand command) {
    List<String> args = command.args();
    if (PIP.matcher(command.program()).matches()) {
      return Optional.of(args);
    }
    boolean module =
        PYTHON.matcher(command.program()).matches()
            && args.size() > 1
            && args.get(0).equals("-m")
            && args.get(1).equals("pip");
    if (module) {
      return Optional.of(args.subList(2, args.size()));
    }
    boolean uv = command.program().equals("uv") && !args.isEmpty() && args.get(0).equals("pip");
    return uv ? Optional.of(args.subList(1, args.size())) : Optional.empty();
  }

  @Override
  boolean pinned(String name) {
    String bare = name.replaceAll("\\[.*$", "").toLowerCase(Locale.ROOT);
    return SPECIFIER.matcher(name).matches()
        || name.contains("/")
        || name.startsWith(".")
        || name.startsWith("~")
        || FILE.matcher(name).matches()
        || INSTALLERS.contains(bare);
  }
}
