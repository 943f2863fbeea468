package dev.stagelens.fs;

import dev.stagelens.fs.PathChange.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Infers which paths a RUN step creates and removes, from its shell text and the knowledge of what
 * common tools leave behind.
 *
 * <p>File commands ({@code mkdir}, {@code rm}, {@code cp}, {@code mv}, downloads, archives, {@code
 * git clone}, {@code useradd}, redirections) are read from their arguments; package managers and
 * build tools come from {@link RunKnowledge}. {@code cd} moves the working directory for the rest
 * of the script, as the shell does.
 */
public final class RunModel {

  private static final String DEFAULT_SITE_PACKAGES = "/usr/local/lib/python3/site-packages";

  private final RunKnowledge knowledge;

  public RunModel(RunKnowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** The changes a shell-form script makes, in order. */
  public List<PathChange> effects(String script, RunContext context) {
    Session session = new Session(context);
    apply(ShellScript.parse(script), session);
    return List.copyOf(session.changes);
  }

  /** The changes an exec-form command makes, in order. */
  public List<PathChange> effects(List<String> argv, RunContext context) {
    Session session = new Session(context);
    if (!argv.isEmpty()) {
      command(ShellCommand.of(argv), session);
    }
    return List.copyOf(session.changes);
  }

  private void apply(List<ShellCommand> commands, Session session) {
    for (ShellCommand command : commands) {
      command(command, session);
    }
  }

  private void command(ShellCommand raw, Session session) {
    ShellCommand command = session.expand(raw);
    for (String written : command.writes()) {
      session.create(written, "file", Certainty.DECLARED, "shell redirection");
    }
    String reason = String.join(" ", command.words());
    switch (command.program()) {
      case "" -> {}
      case "cd" -> session.cd(command.args());
      case "sh", "bash", "ash", "dash", "zsh" -> nestedShell(command, session);
      case "mkdir" -> session.createAll(nonFlags(command.args()), "directory", reason);
      case "touch" -> session.createAll(nonFlags(command.args()), "file", reason);
      case "rm" -> remove(nonFlags(command.args()), session, reason);
      case "cp" -> copy(nonFlags(command.args()), session, reason, false);
      case "mv" -> copy(nonFlags(command.args()), session, reason, true);
      case "ln" -> link(nonFlags(command.args()), session, reason);
      case "curl" -> curl(command.args(), session, reason);
      case "wget" -> wget(command.args(), session, reason);
      case "tar" -> tar(command.args(), session, reason);
      case "unzip" -> unzip(command.args(), session, reason);
      case "git" -> git(command.args(), session, reason);
      case "useradd", "adduser" -> user(command.args(), session, reason);
      case "python", "python3", "virtualenv" -> python(command, session, reason);
      case "go" -> goBuild(command, session, reason);
      case "chown", "chmod", "chgrp" -> rewrite(command.args(), session, reason);
      case "gcc", "cc", "g++", "c++", "clang", "clang++" -> compile(command, session, reason);
      case "dotnet" -> dotnetPublish(command, session, reason);
      default -> {}
    }
    known(command, session, reason);
  }

  private void nestedShell(ShellCommand command, Session session) {
    List<String> args = command.args();
    int flag = args.indexOf("-c");
    if (flag < 0) {
      flag = args.indexOf("-ec");
    }
    if (flag >= 0 && flag + 1 < args.size()) {
      apply(ShellScript.parse(args.get(flag + 1)), session);
    }
  }

  private static void remove(List<String> paths, Session session, String reason) {
    for (String path : paths) {
      if (path.endsWith("/*") || path.endsWith("/.*")) {
        String dir = session.resolve(path.substring(0, path.lastIndexOf('/')));
        session.changes.add(
            new PathChange(Op.REMOVE_CONTENTS, dir, null, "", Certainty.INFERRED, reason));
      } else if (!path.contains("*")) {
        session.changes.add(PathChange.remove(session.resolve(path), reason));
      }
    }
  }

  private static void copy(List<String> paths, Session session, String reason, boolean move) {
    if (paths.size() < 2) {
      return;
    }
    String dest = paths.get(paths.size() - 1);
    List<String> sources = paths.subList(0, paths.size() - 1);
    boolean intoDir = sources.size() > 1 || dest.endsWith("/");
    for (String source : sources) {
      String from = session.resolve(source);
      String to =
          intoDir
              ? session.resolve(dest + "/" + UnixPaths.baseName(source))
              : session.resolve(dest);
      session.changes.add(new PathChange(Op.COPY, to, from, "file", Certainty.INFERRED, reason));
      if (move) {
        session.changes.add(PathChange.remove(from, reason));
      }
    }
  }

  private static void link(List<String> paths, Session session, String reason) {
    if (!paths.isEmpty()) {
      session.create(paths.get(paths.size() - 1), "link", Certainty.DECLARED, reason);
    }
  }

  private static void curl(List<String> args, Session session, String reason) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if ((arg.equals("-o") || arg.equals("--output")) && i + 1 < args.size()) {
        session.create(args.get(i + 1), "download", Certainty.DECLARED, reason);
      } else if (arg.equals("-O") || arg.equals("--remote-name")) {
        urlArgument(args)
            .ifPresentOrElse(
                url -> session.create(fileNameOf(url), "download", Certainty.DECLARED, reason),
                () -> {});
      } else if (arg.startsWith("-")
          && !arg.startsWith("--")
          && arg.endsWith("o")
          && arg.length() > 2
          && i + 1 < args.size()) {
        session.create(args.get(i + 1), "download", Certainty.DECLARED, reason);
      }
    }
  }

  private static void wget(List<String> args, Session session, String reason) {
    String output = valueOf(args, "-O", "--output-document");
    String prefix = valueOf(args, "-P", "--directory-prefix");
    if ("-".equals(output)) {
      return;
    }
    if (output != null) {
      session.create(output, "download", Certainty.DECLARED, reason);
      return;
    }
    urlArgument(args)
        .ifPresent(
            url -> {
              String name = fileNameOf(url);
              session.create(
                  prefix == null ? name : prefix + "/" + name,
                  "download",
                  Certainty.DECLARED,
                  reason);
            });
  }

  private static void tar(List<String> args, Session session, String reason) {
    if (args.isEmpty()) {
      return;
    }
    String mode = args.get(0).startsWith("-") ? args.get(0).substring(1) : args.get(0);
    boolean extract = mode.contains("x") || args.contains("--extract") || args.contains("-x");
    boolean create = mode.contains("c") && !mode.contains("x");
    String target = valueOf(args, "-C", "--directory");
    if (extract) {
      String dir = target == null ? "." : target;
      session.create(dir, "extracted", Certainty.UNKNOWN, reason);
    } else if (create) {
      String file = archiveName(args);
      if (file != null) {
        session.create(file, "archive", Certainty.DECLARED, reason);
      }
    }
  }

  private static String archiveName(List<String> args) {
    String named = valueOf(args, "-f", "--file");
    if (named != null) {
      return named;
    }
    String mode = args.get(0);
    return mode.endsWith("f") && args.size() > 1 ? args.get(1) : null;
  }

  private static void unzip(List<String> args, Session session, String reason) {
    String dir = valueOf(args, "-d", null);
    List<String> files = nonFlags(args);
    if (dir != null) {
      session.create(dir, "extracted", Certainty.UNKNOWN, reason);
    } else if (!files.isEmpty()) {
      session.create(".", "extracted", Certainty.UNKNOWN, reason);
    }
  }

  private static void git(List<String> args, Session session, String reason) {
    List<String> words = nonFlags(args);
    if (words.size() < 2 || !words.get(0).equals("clone")) {
      return;
    }
    String dir = words.size() > 2 ? words.get(2) : repositoryName(words.get(1));
    session.create(dir, "source", Certainty.DECLARED, reason);
  }

  private static void user(List<String> args, Session session, String reason) {
    List<String> words = nonFlags(args);
    String home = valueOf(args, "-d", "--home-dir");
    boolean makesHome =
        args.contains("-m")
            || args.contains("--create-home")
            || home != null
            || reason.startsWith("adduser");
    if (!words.isEmpty() && makesHome && !args.contains("-M")) {
      String name = words.get(words.size() - 1);
      session.create(
          home == null ? "/home/" + name : home, "directory", Certainty.INFERRED, reason);
    }
  }

  private void python(ShellCommand command, Session session, String reason) {
    List<String> args = command.args();
    if (command.program().equals("virtualenv")) {
      nonFlags(args)
          .forEach(dir -> session.create(dir, "dependencies", Certainty.DECLARED, reason));
      return;
    }
    int module = args.indexOf("-m");
    if (module < 0 || module + 1 >= args.size()) {
      return;
    }
    List<String> rest = args.subList(module + 1, args.size());
    if (rest.get(0).equals("venv") || rest.get(0).equals("virtualenv")) {
      nonFlags(rest.subList(1, rest.size()))
          .forEach(dir -> session.create(dir, "dependencies", Certainty.DECLARED, reason));
    } else if (rest.get(0).equals("pip")) {
      known(ShellCommand.of(rest), session, reason);
    }
  }

  private static void rewrite(List<String> args, Session session, String reason) {
    boolean recursive = args.contains("-R") || args.contains("--recursive");
    List<String> operands = nonFlags(args);
    for (String path : operands.subList(Math.min(1, operands.size()), operands.size())) {
      session.changes.add(PathChange.rewrite(session.resolve(path), recursive, reason));
    }
  }

  private static void compile(ShellCommand command, Session session, String reason) {
    String output = valueOf(command.args(), "-o", null);
    if (output != null) {
      session.create(output, "build-output", Certainty.DECLARED, reason);
    }
  }

  private static void goBuild(ShellCommand command, Session session, String reason) {
    String output = valueOf(command.args(), "-o", null);
    if (output != null && command.args().contains("build")) {
      session.create(output, "build-output", Certainty.DECLARED, reason);
    }
  }

  private static void dotnetPublish(ShellCommand command, Session session, String reason) {
    String output = valueOf(command.args(), "-o", "--output");
    if (command.args().contains("publish")) {
      session.create(
          output == null ? "bin/Release" : output,
          "build-output",
          output == null ? Certainty.INFERRED : Certainty.DECLARED,
          reason);
    }
  }

  private void known(ShellCommand command, Session session, String reason) {
    List<String> subcommands = leadingWords(command.args());
    for (RunKnowledge.Rule rule : knowledge.rulesFor(command.program())) {
      if (matches(rule, subcommands)) {
        applyRule(rule, command, session, reason);
      }
    }
  }

  private static boolean matches(RunKnowledge.Rule rule, List<String> subcommands) {
    if (rule.subcommands().isEmpty()) {
      return true;
    }
    for (String wanted : rule.subcommands()) {
      if (wanted.isEmpty() ? subcommands.isEmpty() : subcommands.contains(wanted)) {
        return true;
      }
    }
    return false;
  }

  private void applyRule(
      RunKnowledge.Rule rule, ShellCommand command, Session session, String reason) {
    for (RunKnowledge.Created created : rule.creates()) {
      boolean noOutput =
          created.path().contains("{output}") && valueOf(command.args(), "-o", "--output") == null;
      if (!noOutput && !suppressed(created, command, session)) {
        String path = placeholders(created.path(), command, session);
        session.create(path, created.kind(), Certainty.INFERRED, reason);
      }
    }
    for (String removed : rule.removes()) {
      session.changes.add(
          PathChange.remove(session.resolve(placeholders(removed, command, session)), reason));
    }
  }

  private static boolean suppressed(
      RunKnowledge.Created created, ShellCommand command, Session session) {
    for (String flag : created.unlessFlags()) {
      for (String arg : command.args()) {
        if (arg.startsWith(flag)) {
          return true;
        }
      }
    }
    for (String name : created.unlessEnv()) {
      String value = session.context.env().get(name);
      if (value != null
          && !value.isEmpty()
          && !value.equalsIgnoreCase("false")
          && !value.equals("0")) {
        return true;
      }
      if (command.assignments().stream().anyMatch(a -> a.startsWith(name + "="))) {
        return true;
      }
    }
    return false;
  }

  private static String placeholders(String path, ShellCommand command, Session session) {
    return path.replace("{cwd}", session.cwd)
        .replace("{home}", session.context.home())
        .replace("{site-packages}", sitePackages(command, session))
        .replace("{output}", String.valueOf(valueOf(command.args(), "-o", "--output")));
  }

  private static String sitePackages(ShellCommand command, Session session) {
    String target = valueOf(command.args(), "-t", "--target");
    if (target == null) {
      target = valueOf(command.args(), "--prefix", null);
    }
    if (target != null) {
      return session.resolve(target);
    }
    if (command.args().contains("--user")) {
      return session.context.home() + "/.local";
    }
    String fromPath = command.words().get(0);
    int bin = fromPath.indexOf("/bin/");
    if (bin > 0) {
      return fromPath.substring(0, bin);
    }
    String venv = session.context.virtualEnv();
    return venv != null ? venv : DEFAULT_SITE_PACKAGES;
  }

  private static List<String> leadingWords(List<String> args) {
    List<String> out = new ArrayList<>();
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        out.add(arg.toLowerCase(Locale.ROOT));
        if (out.size() == 2) {
          break;
        }
      }
    }
    return out;
  }

  private static List<String> nonFlags(List<String> args) {
    List<String> out = new ArrayList<>();
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        out.add(arg);
      }
    }
    return out;
  }

  private static String valueOf(List<String> args, String shortFlag, String longFlag) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if ((arg.equals(shortFlag) || arg.equals(longFlag)) && i + 1 < args.size()) {
        return args.get(i + 1);
      }
      if (longFlag != null && arg.startsWith(longFlag + "=")) {
        return arg.substring(longFlag.length() + 1);
      }
    }
    return null;
  }

  private static java.util.Optional<String> urlArgument(List<String> args) {
    return args.stream().filter(a -> a.contains("://")).findFirst();
  }

  private static String fileNameOf(String url) {
    String path = url;
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    return UnixPaths.baseName(path);
  }

  private static String repositoryName(String url) {
    String name = UnixPaths.baseName(url);
    return name.endsWith(".git") ? name.substring(0, name.length() - 4) : name;
  }

  /** The state of one script as it runs: its working directory and the changes so far. */
  private static final class Session {
    private final RunContext context;
    private final List<PathChange> changes = new ArrayList<>();
    private String cwd;

    Session(RunContext context) {
      this.context = context;
      this.cwd = context.workdir();
    }

    ShellCommand expand(ShellCommand command) {
      return new ShellCommand(
          command.assignments(),
          command.words().stream().map(context.expand()).toList(),
          command.writes().stream().map(context.expand()).toList(),
          command.background(),
          command.pipedInto());
    }

    String resolve(String path) {
      return UnixPaths.resolve(
          cwd, path.startsWith("~/") ? context.home() + path.substring(1) : path);
    }

    void cd(List<String> args) {
      List<String> words = nonFlags(args);
      cwd = words.isEmpty() ? context.home() : resolve(words.get(0));
    }

    void create(String path, String kind, Certainty certainty, String reason) {
      changes.add(PathChange.create(resolve(path), kind, certainty, reason));
    }

    void createAll(List<String> paths, String kind, String reason) {
      paths.forEach(path -> create(path, kind, Certainty.DECLARED, reason));
    }
  }
}
