package dev.stagelens.rule;

import dev.stagelens.fs.PackageOptions;
import dev.stagelens.fs.ShellCommand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The packages the install commands of one RUN name, and the ones the same RUN removes again. */
final class Installs {

  /** One package an install command names: its manager ({@code apt}, {@code apk}, ...). */
  record Named(String manager, String name) {}

  private final List<Named> installed = new ArrayList<>();
  private final Set<String> removed = new HashSet<>();
  private final Map<String, List<String>> virtuals = new HashMap<>();
  private boolean markedAuto;

  private Installs() {}

  /** The install and removal commands of {@code run}, read in order. */
  static Installs of(Scan.Run run) {
    Installs installs = new Installs();
    run.commands().forEach(installs::read);
    return installs;
  }

  /** The packages the RUN installs and does not remove again later in the same RUN. */
  List<Named> kept() {
    return installed.stream().filter(n -> !removed.contains(n.name())).toList();
  }

  /** True when the RUN removes again some of the packages it installs. */
  boolean removesAny() {
    return installed.stream().anyMatch(n -> removed.contains(n.name()));
  }

  private void read(ShellCommand raw) {
    List<String> words = withoutSudo(raw.words());
    if (words.isEmpty()) {
      return;
    }
    String program = words.get(0).substring(words.get(0).lastIndexOf('/') + 1);
    List<String> args = words.subList(1, words.size());
    switch (program) {
      case "apt-get", "apt" -> apt(args);
      case "apt-mark" -> markedAuto |= args.contains("auto");
      case "apk" -> apk(args);
      case "dnf", "yum", "microdnf" -> packages("dnf", args, "install", Set.of("remove", "erase"));
      case "pip", "pip3" -> pip(args);
      case "python", "python3" -> pythonModule(args);
      default -> {}
    }
  }

  private void pythonModule(List<String> args) {
    int module = args.indexOf("-m");
    if (module >= 0 && module + 1 < args.size() && args.get(module + 1).startsWith("pip")) {
      pip(args.subList(module + 2, args.size()));
    }
  }

  private void pip(List<String> args) {
    packages("pip", args, "install", Set.of("uninstall"));
  }

  private void packages(String manager, List<String> args, String install, Set<String> remove) {
    List<String> operands = operands(manager, args);
    if (operands.isEmpty()) {
      return;
    }
    String verb = operands.get(0);
    List<String> names = operands.subList(1, operands.size()).stream().map(Installs::bare).toList();
    if (verb.equals(install)) {
      names.forEach(name -> installed.add(new Named(manager, name)));
    } else if (remove.contains(verb)) {
      removed.addAll(names);
    }
  }

  /**
   * apt's install and removal; after {@code apt-mark auto}, an autoremove removes everything the
   * RUN installed, as the official images do to drop their build dependencies.
   */
  private void apt(List<String> args) {
    packages("apt", args, "install", Set.of("remove", "purge"));
    List<String> operands = operands("apt", args);
    boolean autoremove =
        !operands.isEmpty()
            && (operands.get(0).equals("autoremove") || args.contains("--auto-remove"));
    if (markedAuto && autoremove) {
      installed.stream().filter(n -> n.manager().equals("apt")).forEach(n -> removed.add(n.name()));
    }
  }

  private void apk(List<String> args) {
    List<String> operands = operands("apk", args);
    if (operands.isEmpty()) {
      return;
    }
    List<String> names = operands.subList(1, operands.size()).stream().map(Installs::bare).toList();
    if (operands.get(0).equals("add")) {
      String virtual = virtualName(args);
      names.forEach(name -> installed.add(new Named("apk", name)));
      if (virtual != null) {
        virtuals.put(virtual, names);
      }
    } else if (operands.get(0).equals("del")) {
      for (String name : names) {
        removed.add(name);
        removed.addAll(virtuals.getOrDefault(name, List.of()));
      }
    }
  }

  private static String virtualName(List<String> args) {
    for (int i = 0; i + 1 < args.size(); i++) {
      if (args.get(i).equals("--virtual") || args.get(i).equals("-t")) {
        return args.get(i + 1);
      }
    }
    return null;
  }

  /** The words that are not options or option values; names with a variable are left out. */
  private static List<String> operands(String manager, List<String> args) {
    Set<String> withValue =
        switch (manager) {
          case "apt" -> PackageOptions.APT;
          case "pip" -> PackageOptions.PIP;
          default -> PackageOptions.APK_DNF;
        };
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.startsWith("-")) {
        i += withValue.contains(arg) ? 1 : 0;
      } else if (!arg.contains("$") && !arg.contains("/") && !arg.equals(".")) {
        out.add(arg);
      }
    }
    return out;
  }

  private static List<String> withoutSudo(List<String> words) {
    int start = 0;
    while (start < words.size() && words.get(start).equals("sudo")) {
      start++;
    }
    return words.subList(start, words.size());
  }

  /** A package name without its version, release, architecture or extras. */
  private static String bare(String word) {
    int cut = word.length();
    for (String stop : List.of("=", ">", "<", "~", "!", "[", ";", ":", "@")) {
      int at = word.indexOf(stop, 1);
      cut = at > 0 ? Math.min(cut, at) : cut;
    }
    return word.substring(0, cut).toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
