package dev.stagelens.rule;

import dev.stagelens.fs.ShellCommand;
import dev.stagelens.fs.StepRecord;
import dev.stagelens.graph.EdgeKind;
import dev.stagelens.graph.GraphEdge;
import dev.stagelens.graph.GraphStage;
import dev.stagelens.graph.ImageReference;
import dev.stagelens.size.RuntimeBases;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An image with no builder stage that compiles in the stage it ships: its compilers, build tools
 * and build inputs stay in the image.
 */
final class SingleStageCompile extends AbstractRule {

  /** Build commands by program: the subcommands that build, empty when any use builds. */
  private static final Map<String, Set<String>> BUILDS =
      Map.ofEntries(
          Map.entry("go", Set.of("build")),
          Map.entry("mvn", Set.of("package", "install", "verify")),
          Map.entry("mvnw", Set.of("package", "install", "verify")),
          Map.entry("gradle", Set.of("build", "assemble", "bootJar", "installDist", "shadowJar")),
          Map.entry("gradlew", Set.of("build", "assemble", "bootJar", "installDist", "shadowJar")),
          Map.entry("cargo", Set.of("build", "install")),
          Map.entry("npm", Set.of("build")),
          Map.entry("yarn", Set.of("build")),
          Map.entry("pnpm", Set.of("build")),
          Map.entry("dotnet", Set.of("build", "publish")),
          Map.entry("tsc", Set.of()),
          Map.entry("make", Set.of()),
          Map.entry("ninja", Set.of()));

  /** Package managers whose build is a script named by its first word, after an optional run. */
  private static final Set<String> NODE = Set.of("npm", "yarn", "pnpm");

  SingleStageCompile() {
    super(
        "SingleStageCompile",
        Severity.WARNING,
        true,
        "An image without a builder stage compiles in the stage it ships, toolchain included",
        "Split the Dockerfile: compile in a builder stage (FROM <toolchain> AS build) and COPY "
            + "--from=build only the result into a runtime stage");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    if (hasBuilder(context)) {
      return List.of();
    }
    List<String> toolchain = new ArrayList<>();
    long bytes = 0;
    Scan.Run first = null;
    String evidence = null;
    for (Scan.Run run : Scan.runs(context, scope())) {
      StepRecord step = ImageSteps.stepOf(context, run.run());
      Installs installs = Installs.of(run);
      List<String> installed = toolchain(installs);
      for (String name : installed) {
        bytes +=
            context.sizes().packageOf(step.index(), name).map(p -> p.size().bytes()).orElse(0L);
      }
      toolchain.addAll(installed);
      Optional<String> build = installs.removesAny() ? Optional.empty() : build(run);
      if (first == null && (!installed.isEmpty() || build.isPresent())) {
        first = run;
        evidence =
            installed.isEmpty() ? "runs '" + build.get() + "'" : "installs " + installed.get(0);
      }
    }
    if (first == null) {
      return List.of();
    }
    String message =
        "the image has no builder stage and "
            + evidence
            + " in the stage it ships; "
            + shipped(context, toolchain, bytes);
    return List.of(at(first.run(), first.stage().index(), message));
  }

  /** The toolchain packages a RUN installs and keeps. */
  private static List<String> toolchain(Installs installs) {
    return installs.kept().stream()
        .filter(n -> BuildTools.is(n.manager(), n.name(), BuildTools.Role.TOOLCHAIN))
        .map(Installs.Named::name)
        .toList();
  }

  private static boolean hasBuilder(RuleContext context) {
    for (GraphStage stage : context.shippedStages()) {
      for (GraphEdge edge : context.graph().edgesInto(stage.index())) {
        if (edge.from() != null && edge.kind() != EdgeKind.BASE) {
          return true;
        }
      }
    }
    return false;
  }

  private static Optional<String> build(Scan.Run run) {
    for (ShellCommand command : run.commands()) {
      Set<String> subcommands = BUILDS.get(command.program());
      if (subcommands != null && builds(command, subcommands)) {
        return Optional.of(String.join(" ", command.words()));
      }
    }
    return Optional.empty();
  }

  private static boolean builds(ShellCommand command, Set<String> subcommands) {
    if (subcommands.isEmpty()) {
      return !command.args().contains("--version") && !command.args().contains("-v");
    }
    List<String> words = command.args().stream().filter(a -> !a.startsWith("-")).toList();
    if (!NODE.contains(command.program())) {
      return words.stream().anyMatch(subcommands::contains);
    }
    int at = !words.isEmpty() && words.get(0).equals("run") ? 1 : 0;
    return words.size() > at && subcommands.contains(words.get(at));
  }

  private static String shipped(RuleContext context, List<String> toolchain, long bytes) {
    GraphStage root = context.shippedStages().get(0);
    ImageReference base = root.baseImage();
    boolean toolchainBase =
        base != null
            && base.tag() != null
            && RuntimeBases.runtimeFor(base).isPresent()
            && !base.familiarName().equals("python")
            && !base.familiarName().equals("node");
    if (!toolchain.isEmpty()) {
      String size = bytes > 0 ? " (" + megabytes(bytes) + ")" : "";
      return "the toolchain " + String.join(", ", toolchain) + size + " ships with it";
    }
    if (toolchainBase) {
      long baseBytes = context.sizes().steps().get(firstStep(context, root)).bytes();
      return "the toolchain base "
          + base.familiarName()
          + ":"
          + base.tag()
          + " ("
          + megabytes(baseBytes)
          + ") ships with it";
    }
    return "the build tools and inputs ship with it";
  }

  private static int firstStep(RuleContext context, GraphStage stage) {
    return context.files().stepsOf(stage.index()).get(0).index();
  }
}
