package dev.stagelens.rule;

import dev.stagelens.fs.ShellCommand;
import dev.stagelens.instruction.Instruction;
import dev.stagelens.instruction.RunInstruction;
import dev.stagelens.instruction.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole build context is copied before a dependency install in the same stage, so a change to
 * any file invalidates the install's cache; copying the manifests first keeps it.
 */
final class CopyAllBeforeInstall extends AbstractRule {

  /** The manifests each installer reads, by program; pip's come from its {@code -r} options. */
  private static final Map<String, String> MANIFESTS =
      Map.ofEntries(
          Map.entry("npm", "package.json and package-lock.json"),
          Map.entry("yarn", "package.json and yarn.lock"),
          Map.entry("pnpm", "package.json and pnpm-lock.yaml"),
          Map.entry("uv", "pyproject.toml and uv.lock"),
          Map.entry("poetry", "pyproject.toml and poetry.lock"),
          Map.entry("pipenv", "Pipfile and Pipfile.lock"),
          Map.entry("mvn", "pom.xml"),
          Map.entry("mvnw", "pom.xml"),
          Map.entry("go", "go.mod and go.sum"),
          Map.entry("bundle", "Gemfile and Gemfile.lock"),
          Map.entry("composer", "composer.json and composer.lock"));

  /** The subcommands that install dependencies, by program; an empty word is a bare call. */
  private static final Map<String, Set<String>> VERBS =
      Map.ofEntries(
          Map.entry("npm", Set.of("ci", "install", "i")),
          Map.entry("yarn", Set.of("", "install")),
          Map.entry("pnpm", Set.of("install", "i")),
          Map.entry("uv", Set.of("sync")),
          Map.entry("poetry", Set.of("install")),
          Map.entry("pipenv", Set.of("install", "sync")),
          Map.entry("mvn", Set.of("dependency:go-offline", "dependency:resolve", "package")),
          Map.entry("mvnw", Set.of("dependency:go-offline", "dependency:resolve", "package")),
          Map.entry("go", Set.of("mod")),
          Map.entry("bundle", Set.of("install")),
          Map.entry("composer", Set.of("install")));

  /** The pip subcommands that fetch what a requirements file names. */
  private static final Set<String> PIP_VERBS = Set.of("install", "wheel", "download");

  CopyAllBeforeInstall() {
    super(
        "CopyAllBeforeInstall",
        Severity.INFO,
        false,
        "The whole build context is copied before a dependency install, so any change reruns it",
        "COPY the dependency manifests first, run the install, then COPY the rest of the context");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (Stage stage : Scan.stages(context, scope())) {
      check(context.scans(), stage).ifPresent(out::add);
    }
    return out;
  }

  private Optional<Finding> check(Scans scans, Stage stage) {
    Instruction copyAll = null;
    for (Scan.Step step : Scan.steps(stage)) {
      Instruction instruction = step.instruction();
      if (copyAll == null && Scan.copiesWholeContext(instruction)) {
        copyAll = instruction;
      }
      Optional<Install> install = install(scans, instruction);
      if (install.isPresent()) {
        return copyAll == null
            ? Optional.empty()
            : Optional.of(at(copyAll, stage.index(), message(copyAll, install.get(), instruction)));
      }
    }
    return Optional.empty();
  }

  /** A dependency install: the command as written and the manifests it reads. */
  private record Install(String command, String manifests) {}

  private static Optional<Install> install(Scans scans, Instruction instruction) {
    if (!(instruction instanceof RunInstruction run) || !run.command().prependShell()) {
      return Optional.empty();
    }
    for (ShellCommand command : scans.commands(run)) {
      Optional<String> manifests = manifests(command);
      if (manifests.isPresent()) {
        return Optional.of(new Install(String.join(" ", command.words()), manifests.get()));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> manifests(ShellCommand command) {
    List<String> args = command.args();
    List<String> words = args.stream().filter(a -> !a.startsWith("-")).toList();
    String program = command.program();
    boolean pip = program.equals("pip") || program.equals("pip3");
    boolean viaPip =
        isModule(program, words, "pip") || program.equals("uv") && words.contains("pip");
    if ((pip || viaPip) && words.stream().anyMatch(PIP_VERBS::contains)) {
      return requirements(args);
    }
    Set<String> verbs = VERBS.get(program);
    if (verbs == null || args.contains("-g") || args.contains("--global")) {
      return Optional.empty();
    }
    String verb = words.isEmpty() ? "" : words.get(0);
    boolean installs =
        program.startsWith("mvn")
            ? words.stream().anyMatch(verbs::contains)
            : verbs.contains(verb) && operands(program, words);
    return installs ? Optional.of(MANIFESTS.get(program)) : Optional.empty();
  }

  /** True when the install names no packages of its own: it reads the manifests. */
  private static boolean operands(String program, List<String> words) {
    if (program.equals("go")) {
      return words.size() > 1 && words.get(1).equals("download");
    }
    int allowed = words.isEmpty() ? 0 : 1;
    return words.size() == allowed;
  }

  private static boolean isModule(String program, List<String> words, String module) {
    return program.startsWith("python") && words.contains(module);
  }

  private static Optional<String> requirements(List<String> args) {
    List<String> files = new ArrayList<>();
    for (int i = 0; i + 1 < args.size(); i++) {
      if (args.get(i).equals("-r") || args.get(i).equals("--requirement")) {
        files.add(args.get(i + 1));
      }
    }
    return files.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", files));
  }

  private static String message(Instruction copyAll, Install install, Instruction run) {
    return Scan.copyText(copyAll)
        + " copies the whole build context before '"
        + install.command()
        + "' on line "
        + run.startLine()
        + ", so any changed file reruns the install; copy "
        + install.manifests()
        + " first and install before it";
  }
}
