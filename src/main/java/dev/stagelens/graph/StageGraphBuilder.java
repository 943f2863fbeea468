package dev.stagelens.graph;

import dev.stagelens.instruction.BuildEnv;
import dev.stagelens.instruction.BuildOptions;
import dev.stagelens.instruction.CopyInstruction;
import dev.stagelens.instruction.DockerfileInstructions;
import dev.stagelens.instruction.ExpansionException;
import dev.stagelens.instruction.Instruction;
import dev.stagelens.instruction.Mount;
import dev.stagelens.instruction.OnbuildInstruction;
import dev.stagelens.instruction.Platform;
import dev.stagelens.instruction.RunInstruction;
import dev.stagelens.instruction.ShellLex;
import dev.stagelens.instruction.Stage;
import dev.stagelens.instruction.StageEnv;
import dev.stagelens.instruction.Suggest;
import dev.stagelens.instruction.VariableLookup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Builds the stage graph the way BuildKit's Dockerfile frontend does before it dispatches.
 *
 * <p>The order of checks is BuildKit's: FROM bases are expanded against the global scope and bound
 * to a stage only when a stage of exactly that name was defined earlier; then the target is found;
 * then {@code COPY --from} and {@code RUN --mount from=} become dependencies (by name, by index for
 * COPY, or else an external image); then cycles are rejected; then every image base is checked to
 * be a valid reference, needed or not; last, the stages the target needs are walked in file order
 * and a dependency on a stage not yet built is rejected.
 */
public final class StageGraphBuilder {

  /** The name of BuildKit's check for two stages with one name. */
  public static final String DUPLICATE_STAGE_NAME = "DuplicateStageName";

  private final ShellLex lex;

  public StageGraphBuilder(ShellLex lex) {
    this.lex = lex;
  }

  /**
   * The graph of {@code dockerfile} for the build {@code options} describe, with variables as
   * {@code env} resolved them.
   */
  public StageGraph build(DockerfileInstructions dockerfile, BuildEnv env, BuildOptions options) {
    return build(dockerfile, env, options, CheckDirective.NONE);
  }

  /**
   * The graph as {@link #build(DockerfileInstructions, BuildEnv, BuildOptions)} makes it, failing
   * on a duplicated stage name when {@code checks} makes build checks errors, as BuildKit's
   * DuplicateStageName check does under {@code # check=error=true}.
   */
  public StageGraph build(
      DockerfileInstructions dockerfile,
      BuildEnv env,
      BuildOptions options,
      CheckDirective checks) {
    List<Stage> stages = dockerfile.stages();
    if (stages.isEmpty()) {
      throw new StageGraphException("dockerfile contains no stages to build", 0, 0, List.of());
    }
    Map<String, String> global = env.globalArgs();
    Nodes nodes = new Nodes();
    for (StageEnv stageEnv : env.stages()) {
      nodes.add(placeStage(stageEnv, global, nodes));
    }
    int target = resolveTarget(options.target().orElse(null), nodes);
    List<PendingEdge> pending = new ArrayList<>();
    for (Node node : List.copyOf(nodes.all)) {
      if (node.stage != null) {
        collectDependencies(node, nodes, pending);
      }
    }
    rejectCycles(nodes);
    validateImageBases(nodes);
    List<GraphEdge> edges = pending.stream().map(PendingEdge::resolve).toList();
    BuildPlan plan = Plans.plan(nodes.stageCount(), target, stageDependencies(nodes));
    rejectLaterSources(nodes, plan);
    if (checks.failsBuild(DUPLICATE_STAGE_NAME)) {
      rejectDuplicateNames(stages);
    }
    return new StageGraph(stageList(nodes), edges, global, plan);
  }

  private String expand(String word, Map<String, String> scope, Instruction at) {
    try {
      return lex.processWord(word, VariableLookup.of(scope));
    } catch (ExpansionException e) {
      e.throwIfLimit(at.startLine(), at.endLine());
      throw new StageGraphException(e.getMessage(), at.startLine(), at.endLine(), List.of());
    }
  }

  private Node placeStage(StageEnv stageEnv, Map<String, String> global, Nodes nodes) {
    Stage stage = stageEnv.stage();
    String platform = stage.platform().map(p -> expandPlatform(p, global, stage)).orElse(null);
    Node base =
        stageEnv.baseStage().isPresent() ? nodes.all.get(stageEnv.baseStage().getAsInt()) : null;
    return new Node(stage, stageEnv.baseName(), base, platform);
  }

  private String expandPlatform(String written, Map<String, String> global, Stage stage) {
    String value = expand(written, global, stage.from());
    if (value.isEmpty()) {
      throw located("empty platform value from expression " + written, stage, List.of());
    }
    try {
      return Platform.parse(value).format();
    } catch (IllegalArgumentException e) {
      throw located(
          "failed to parse platform " + written + ": " + e.getMessage(), stage, List.of());
    }
  }

  private static int resolveTarget(String requested, Nodes nodes) {
    if (requested == null) {
      return nodes.stageCount() - 1;
    }
    Node found = nodes.byName(requested);
    if (found == null) {
      List<String> names = nodes.stageNames();
      throw new UnknownTargetException(requested, names, Suggest.search(requested, names, true));
    }
    return found.stage.index();
  }

  private void collectDependencies(Node node, Nodes nodes, List<PendingEdge> edges) {
    if (node.base != null) {
      Stage stage = node.stage;
      edges.add(
          new PendingEdge(
              node.base, node, EdgeKind.BASE, stage.startLine(), stage.from().endLine(), false));
      inheritOnbuild(node, nodes, edges);
    }
    for (Instruction command : node.stage.commands()) {
      dependOn(node, command, nodes, edges, false, command.startLine(), command.endLine());
    }
  }

  private void inheritOnbuild(Node node, Nodes nodes, List<PendingEdge> edges) {
    for (Instruction command : node.base.stage.commands()) {
      if (command instanceof OnbuildInstruction onbuild && onbuild.trigger().isPresent()) {
        Stage stage = node.stage;
        dependOn(
            node,
            onbuild.trigger().get(),
            nodes,
            edges,
            true,
            stage.startLine(),
            stage.from().endLine());
      }
    }
  }

  private void dependOn(
      Node node,
      Instruction command,
      Nodes nodes,
      List<PendingEdge> edges,
      boolean onbuild,
      int line,
      int endLine) {
    if (command instanceof CopyInstruction copy && !copy.from().isEmpty()) {
      Node source = copySource(copy, nodes, line, endLine);
      node.deps.add(new Dependency(source, EdgeKind.COPY, copy.from(), "", line, endLine));
      edges.add(new PendingEdge(source, node, EdgeKind.COPY, line, endLine, onbuild));
    } else if (command instanceof RunInstruction run) {
      for (Mount mount : run.mounts()) {
        if (mount.from().isEmpty()) {
          continue;
        }
        Node source = nodes.byName(mount.from());
        if (source == null) {
          source = nodes.addImage(mount.from(), line, endLine);
        }
        node.deps.add(
            new Dependency(source, EdgeKind.MOUNT, mount.from(), mount.target(), line, endLine));
        edges.add(new PendingEdge(source, node, EdgeKind.MOUNT, line, endLine, onbuild));
      }
    }
  }

  private Node copySource(CopyInstruction copy, Nodes nodes, int line, int endLine) {
    String from = copy.from();
    String expanded = expand(from, Map.of(), copy);
    if (!expanded.equals(from)) {
      throw new StageGraphException(
          "variable expansion is not supported for --from, define a new stage with FROM using "
              + "ARG from global scope as a workaround",
          line,
          endLine,
          List.of());
    }
    Optional<Integer> index = parseIndex(from);
    if (index.isPresent()) {
      int i = index.get();
      if (i < 0 || i >= nodes.all.size()) {
        throw new StageGraphException("invalid stage index " + i, line, endLine, List.of());
      }
      return nodes.all.get(i);
    }
    Node named = nodes.byName(from);
    return named != null ? named : nodes.addImage(from, line, endLine);
  }

  private static Optional<Integer> parseIndex(String from) {
    try {
      return Optional.of(Integer.parseInt(from));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** An edge whose source image is named once every image reference has been checked. */
  record PendingEdge(
      Node source, Node node, EdgeKind kind, int line, int endLine, boolean onbuild) {
    GraphEdge resolve() {
      Integer from = source.stage != null ? source.stage.index() : null;
      String image = source.stage != null ? null : source.imageText();
      return new GraphEdge(from, node.stage.index(), kind, line, endLine, image, onbuild);
    }
  }

  private static void rejectCycles(Nodes nodes) {
    Map<Node, Boolean> visited = new HashMap<>();
    for (Node node : nodes.all) {
      List<Dependency> cycle = Cycles.find(node, visited);
      if (cycle != null) {
        Dependency first = cycle.get(0);
        int endLine = cycle.stream().mapToInt(Dependency::endLine).max().orElse(first.line());
        List<String> names = new ArrayList<>();
        for (Dependency dep : cycle) {
          names.add(dep.source().displayName());
        }
        List<Integer> lines = cycle.stream().map(Dependency::line).distinct().sorted().toList();
        throw new StageGraphException(
            "circular dependency detected on stage: " + node.displayName(),
            first.line(),
            endLine,
            names,
            lines);
      }
    }
  }

  private static void validateImageBases(Nodes nodes) {
    for (Node node : nodes.all) {
      if (node.base != null || node.expanded.equals(GraphStage.SCRATCH)) {
        continue;
      }
      try {
        node.image = ImageReference.parse(node.expanded);
      } catch (InvalidReferenceException e) {
        throw new StageGraphException(
            "failed to parse stage name \"" + node.expanded + "\": " + e.getMessage(),
            node.line,
            node.endLine,
            List.of());
      }
    }
  }

  private static List<List<Integer>> stageDependencies(Nodes nodes) {
    List<List<Integer>> deps = new ArrayList<>();
    for (Node node : nodes.all) {
      if (node.stage == null) {
        continue;
      }
      TreeSet<Integer> sources = new TreeSet<>();
      if (node.base != null) {
        sources.add(node.base.stage.index());
      }
      for (Dependency dep : node.deps) {
        if (dep.source().stage != null) {
          sources.add(dep.source().stage.index());
        }
      }
      deps.add(List.copyOf(sources));
    }
    return deps;
  }

  private static void rejectLaterSources(Nodes nodes, BuildPlan plan) {
    for (int index : plan.buildOrder()) {
      Node node = nodes.all.get(index);
      for (Dependency dep : node.deps) {
        Stage source = dep.source().stage;
        if (source != null && source.index() >= index) {
          throw laterSource(node, dep);
        }
      }
    }
  }

  private static StageGraphException laterSource(Node node, Dependency dep) {
    List<String> names = List.of(node.displayName(), dep.source().displayName());
    List<Integer> lines = Stream.of(dep.line(), dep.source().line).sorted().toList();
    if (dep.kind() == EdgeKind.MOUNT) {
      return new StageGraphException(
          "cannot mount from stage \""
              + dep.written()
              + "\" to \""
              + dep.target()
              + "\", stage needs to be defined before current command",
          dep.line(),
          dep.endLine(),
          names,
          lines);
    }
    return new StageGraphException(
        "cannot copy from stage \""
            + dep.written()
            + "\", it needs to be defined before current "
            + "stage \""
            + node.displayName()
            + "\"",
        dep.line(),
        dep.endLine(),
        names,
        lines);
  }

  private static void rejectDuplicateNames(List<Stage> stages) {
    Map<String, Stage> first = new HashMap<>();
    for (Stage stage : stages) {
      Optional<String> name = stage.name();
      Stage earlier = name.map(n -> first.putIfAbsent(n, stage)).orElse(null);
      if (earlier != null) {
        throw new StageGraphException(
            "lint violation found for rules: "
                + DUPLICATE_STAGE_NAME
                + ": stage name \""
                + name.get()
                + "\" is used by two stages; rename one of them, or drop error=true from the "
                + "check directive to let later references bind to the last",
            stage.startLine(),
            stage.from().endLine(),
            List.of(name.get()),
            List.of(earlier.startLine(), stage.startLine()));
      }
    }
  }

  private static List<GraphStage> stageList(Nodes nodes) {
    List<GraphStage> out = new ArrayList<>();
    for (Node node : nodes.all) {
      if (node.stage != null) {
        out.add(
            new GraphStage(
                node.stage,
                node.stage.baseName(),
                node.expanded,
                node.image,
                node.base == null ? null : node.base.stage.index(),
                node.platform));
      }
    }
    return out;
  }

  private static StageGraphException located(String message, Stage stage, List<String> names) {
    return new StageGraphException(message, stage.startLine(), stage.from().endLine(), names);
  }

  /** A dependency of one node on another, made by one instruction. */
  record Dependency(
      Node source, EdgeKind kind, String written, String target, int line, int endLine) {}

  /**
   * A stage, or an external image another stage depends on: BuildKit keeps both in one list, so a
   * numeric {@code --from} can name either.
   */
  static final class Node {
    final Stage stage;
    final String expanded;
    final Node base;
    final String platform;
    final int line;
    final int endLine;
    final List<Dependency> deps = new ArrayList<>();
    ImageReference image;

    Node(Stage stage, String expanded, Node base, String platform) {
      this.stage = stage;
      this.expanded = expanded;
      this.base = base;
      this.platform = platform;
      this.line = stage.startLine();
      this.endLine = stage.from().endLine();
    }

    Node(String imageName, int line, int endLine) {
      this.stage = null;
      this.expanded = imageName;
      this.base = null;
      this.platform = null;
      this.line = line;
      this.endLine = endLine;
    }

    String displayName() {
      return stage != null ? stage.name().orElse("stage-" + stage.index()) : expanded;
    }

    String imageText() {
      return image != null ? image.toString() : expanded;
    }
  }

  /** The nodes in BuildKit's order with its two name lookups. */
  static final class Nodes {
    final List<Node> all = new ArrayList<>();
    private final Map<String, Node> byName = new HashMap<>();
    private int stages;

    void add(Node node) {
      all.add(node);
      stages++;
      node.stage.name().ifPresent(name -> byName.put(name.toLowerCase(Locale.ROOT), node));
    }

    Node addImage(String name, int line, int endLine) {
      Node image = new Node(name, line, endLine);
      all.add(image);
      return image;
    }

    /** COPY --from, mount and target lookup: case-insensitive. */
    Node byName(String name) {
      return byName.get(name.toLowerCase(Locale.ROOT));
    }

    int stageCount() {
      return stages;
    }

    List<String> stageNames() {
      List<String> names = new ArrayList<>();
      for (Node node : all) {
        if (node.stage != null && node.stage.name().isPresent()) {
          names.add(node.stage.name().get());
        }
      }
      return names;
    }
  }
}
