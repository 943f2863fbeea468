package dev.stagelens.rule;

import dev.stagelens.fs.PathChange;
import dev.stagelens.fs.ShellCommand;
import dev.stagelens.fs.StepRecord;
import dev.stagelens.fs.TrackedPath;
import dev.stagelens.fs.UnixPaths;
import dev.stagelens.graph.EdgeKind;
import dev.stagelens.graph.GraphEdge;
import dev.stagelens.instruction.AddInstruction;
import dev.stagelens.instruction.CopyInstruction;
import dev.stagelens.instruction.RunInstruction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A COPY or ADD into a shipped stage that brings what only the build needed: version control, a
 * builder's node_modules with its dev dependencies, package manager caches, bytecode caches, or a
 * Maven, Gradle or Cargo build directory. It fires only on what the file tracker knows the copied
 * paths hold; a build context it was not given is not guessed at.
 */
final class BuildLeftoversInImage extends AbstractRule {

  /** Build tools whose output folder holds intermediates besides the artefact. */
  private static final Set<String> INTERMEDIATE_OUTPUT =
      Set.of("mvn", "mvnw", "gradle", "gradlew", "cargo");

  /** Install options that leave dev dependencies out. */
  private static final Set<String> PRODUCTION_ONLY =
      Set.of("--omit=dev", "--production", "--only=prod", "--only=production", "--prod");

  BuildLeftoversInImage() {
    super(
        "BuildLeftoversInImage",
        Severity.WARNING,
        true,
        "A COPY brings build leftovers (.git, dev node_modules, caches, build directories) into "
            + "the image",
        "Copy only what runs: the artefact from the build directory, production dependencies; "
            + "leave the rest out with .dockerignore or COPY --exclude");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (StepRecord step : context.shippedSteps()) {
      boolean copies =
          step.instruction() instanceof CopyInstruction
              || step.instruction() instanceof AddInstruction;
      if (!copies || !step.layer()) {
        continue;
      }
      for (Map.Entry<String, String> found : leftovers(context, step).entrySet()) {
        long bytes = context.sizes().bytesWithin(step.index(), found.getKey());
        out.add(at(step.instruction(), step.stage(), message(step, found, bytes)));
      }
    }
    return out;
  }

  private Map<String, String> leftovers(RuleContext context, StepRecord step) {
    Set<String> present =
        step.files().added().stream().map(TrackedPath::path).collect(Collectors.toSet());
    Map<String, PathChange> copied = new HashMap<>();
    for (PathChange change : step.changes()) {
      if (change.op() == PathChange.Op.COPY) {
        copied.putIfAbsent(UnixPaths.clean(change.path()), change);
      }
    }
    Map<String, String> found = new LinkedHashMap<>();
    for (TrackedPath path : step.files().added()) {
      boolean inside = found.keySet().stream().anyMatch(r -> UnixPaths.isWithin(path.path(), r));
      if (!inside) {
        leftover(context, step, path, copied.get(path.path()), present)
            .ifPresent(f -> found.putIfAbsent(f.root(), f.what()));
      }
    }
    return found;
  }

  /**
   * What {@code path} leaves in the image: by the tracker's kind when {@code whole} copied a
   * tracked entry whole (null otherwise), else by the folder names of a path from the build
   * context.
   */
  private Optional<Leftovers.Found> leftover(
      RuleContext context,
      StepRecord step,
      TrackedPath path,
      PathChange whole,
      Set<String> present) {
    if (whole != null) {
      Optional<String> what = tracked(context, step, path, whole);
      if (what.isPresent()) {
        return what.map(w -> new Leftovers.Found(path.path(), w));
      }
    }
    return fromContext(path) ? Leftovers.of(path.path(), present) : Optional.empty();
  }

  /** True for a path whose content came from the build context, directly or through a stage. */
  private static boolean fromContext(TrackedPath path) {
    String content = path.content();
    boolean copy = content.startsWith("COPY ") || content.startsWith("ADD ");
    return copy && !content.startsWith("COPY --from") && !content.contains(" heredoc");
  }

  private Optional<String> tracked(
      RuleContext context, StepRecord step, TrackedPath path, PathChange copy) {
    String program = UnixPaths.baseName(path.content().split(" ")[0]);
    return switch (path.kind()) {
      case "cache" -> Optional.of("cache of '" + path.content() + "'");
      case "build-output" ->
          INTERMEDIATE_OUTPUT.contains(program)
              ? Optional.of("whole build directory of '" + path.content() + "'")
              : Optional.empty();
      case "dependencies" ->
          UnixPaths.baseName(path.path()).equals("node_modules")
                  && devDependencies(context, step, path, copy)
              ? Optional.of("dev dependencies of '" + path.content() + "'")
              : Optional.empty();
      case "source" ->
          path.content().startsWith("git clone") && !gitRemoved(context, copy.source())
              ? Optional.of("a git clone with its .git history")
              : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static boolean devDependencies(
      RuleContext context, StepRecord step, TrackedPath path, PathChange copy) {
    if (List.of(path.content().split(" ")).stream().anyMatch(PRODUCTION_ONLY::contains)
        || path.content().contains("--omit dev")) {
      return false;
    }
    Optional<StepRecord> origin = origin(context, step, copy);
    return origin.isEmpty()
        || !(productionEnv(context, origin.get()) || pruned(context, origin.get()));
  }

  /** The step that wrote what a COPY --from copies, in its source stage. */
  private static Optional<StepRecord> origin(
      RuleContext context, StepRecord step, PathChange copy) {
    for (GraphEdge edge : context.graph().edgesInto(step.stage())) {
      if (edge.kind() == EdgeKind.COPY
          && edge.from() != null
          && edge.line() == step.instruction().startLine()) {
        TrackedPath source = context.files().finalStates().get(edge.from()).get(copy.source());
        if (source != null) {
          return Optional.of(context.files().steps().get(source.step()));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean productionEnv(RuleContext context, StepRecord origin) {
    var stage = context.graph().stage(origin.stage()).stage();
    int command = stage.commands().indexOf(origin.instruction());
    if (command < 0) {
      return false;
    }
    var env = context.env().stages().get(origin.stage()).envBefore().get(command);
    return "production".equals(env.get("NODE_ENV"));
  }

  /** True when a later RUN of the origin's stage prunes dependencies. */
  private static boolean pruned(RuleContext context, StepRecord origin) {
    for (StepRecord later : context.files().stepsOf(origin.stage())) {
      if (later.index() >= origin.index() && later.instruction() instanceof RunInstruction run) {
        for (ShellCommand command : context.scans().commands(run)) {
          if (command.args().contains("prune")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean gitRemoved(RuleContext context, String clone) {
    String git = UnixPaths.resolve(clone, ".git");
    return context.files().steps().stream()
        .flatMap(s -> s.changes().stream())
        .anyMatch(c -> c.op() == PathChange.Op.REMOVE && c.path().equals(git));
  }

  private static String message(StepRecord step, Map.Entry<String, String> found, long bytes) {
    return Scan.copyText(step.instruction())
        + " brings "
        + found.getKey()
        + " ("
        + found.getValue()
        + ", "
        + megabytes(bytes)
        + ") into a stage that ships in the image";
  }
}
