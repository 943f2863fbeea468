package dev.stagelens.size;

import dev.stagelens.fs.FileReport;
import dev.stagelens.fs.PathChange;
import dev.stagelens.fs.ShellCommand;
import dev.stagelens.fs.ShellScript;
import dev.stagelens.fs.StepRecord;
import dev.stagelens.fs.TrackedPath;
import dev.stagelens.fs.UnixPaths;
import dev.stagelens.graph.EdgeKind;
import dev.stagelens.graph.GraphEdge;
import dev.stagelens.graph.GraphStage;
import dev.stagelens.graph.ImageReference;
import dev.stagelens.graph.StageGraph;
import dev.stagelens.instruction.RunInstruction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Estimates layer, stage and image sizes from the tracked files, as Docker stacks layers: each
 * layer holds what its step wrote, in full, even when it only changed the owner or mode of files an
 * earlier layer holds; deleting in a later layer hides but does not shrink; a stage weighs its base
 * plus its layers. Copies carry the estimate of what they copy.
 */
public final class SizeEstimator {

  private static final double RATIO_LOW = 0.30;

  /** The smallest share of a tar stream its files take: 512-byte headers and padding per entry. */
  private static final double TAR_FILES_SHARE = 0.85;

  private static final double RATIO_HIGH = 0.55;

  private final BaseImageCatalog catalog;
  private final SizeDefaults defaults;
  private final LanguagePackages languagePackages;

  public SizeEstimator(BaseImageCatalog catalog, SizeDefaults defaults) {
    this.catalog = catalog;
    this.defaults = defaults;
    this.languagePackages = LanguagePackages.load();
  }

  /** The estimates for every step, stage and the target image, with no budget. */
  public SizeReport estimate(StageGraph graph, FileReport files) {
    return estimate(graph, files, null);
  }

  /** The estimates for every step, stage and the target image, against {@code maxImageBytes}. */
  public SizeReport estimate(StageGraph graph, FileReport files, Long maxImageBytes) {
    Walk walk = new Walk(graph, files);
    for (GraphStage stage : graph.stages()) {
      walk.stage(stage);
    }
    SizeEstimate image =
        walk.stages
            .get(graph.plan().target())
            .withBasis("the target stage " + graph.target().displayName());
    return new SizeReport(
        walk.steps,
        walk.stages,
        image,
        compressed(graph, image),
        walk.savings(image),
        walk.waste(),
        maxImageBytes,
        walk.paths,
        walk.packages);
  }

  private static SizeEstimate compressed(StageGraph graph, SizeEstimate image) {
    ImageReference root = rootImage(graph);
    double ratio =
        root == null
            ? BaseImageCatalog.DEBIAN_COMPRESSION_RATIO
            : BaseImageCatalog.compressionRatio(root);
    return new SizeEstimate(
        Math.round(image.bytes() * ratio),
        Math.round(image.low() * RATIO_LOW),
        Math.round(image.high() * RATIO_HIGH),
        "uncompressed size times "
            + ratio
            + ", the median compressed/uncompressed ratio of measured "
            + (ratio == BaseImageCatalog.ALPINE_COMPRESSION_RATIO ? "Alpine" : "Debian and Ubuntu")
            + " images (range "
            + RATIO_LOW
            + " to "
            + RATIO_HIGH
            + ")");
  }

  private static ImageReference rootImage(StageGraph graph) {
    GraphStage stage = graph.target();
    while (stage.baseStage() != null) {
      stage = graph.stage(stage.baseStage());
    }
    return stage.baseImage();
  }

  /** Identifies one estimated piece of content wherever it was copied to. */
  private record Key(String kind, String content, String path) {
    static Key of(TrackedPath entry) {
      return new Key(entry.kind(), entry.content(), entry.path());
    }
  }

  /**
   * What the walk knows about a stage while it estimates its layers. The installed packages start
   * shared with the base (the release's minimal set or the base stage's set, neither of which
   * changes any more) and are copied only when an install adds to them.
   */
  private static final class StageFacts {
    private final Optional<DistroBase> distro;
    private Set<String> installed;
    private boolean owned;

    StageFacts(Optional<DistroBase> distro, Set<String> installed) {
      this.distro = distro;
      this.installed = installed;
    }

    Optional<DistroBase> distro() {
      return distro;
    }

    Set<String> installed() {
      return installed;
    }

    void install(Collection<String> added) {
      if (added.isEmpty()) {
        return;
      }
      if (!owned) {
        installed = new LinkedHashSet<>(installed);
        owned = true;
      }
      installed.addAll(added);
    }
  }

  /** One pass over the stages in file order. */
  private final class Walk {
    private final StageGraph graph;
    private final FileReport files;
    private final List<SizeEstimate> steps = new ArrayList<>();
    private final List<SizeEstimate> stages = new ArrayList<>();
    private final List<StageFacts> facts = new ArrayList<>();
    private final Map<Key, SizeEstimate> known = new HashMap<>();
    private final List<SizeReport.PathSize> paths = new ArrayList<>();
    private final List<SizeReport.PackageSize> packages = new ArrayList<>();

    Walk(StageGraph graph, FileReport files) {
      this.graph = graph;
      this.files = files;
    }

    void stage(GraphStage stage) {
      StageFacts stageFacts = startFacts(stage);
      facts.add(stageFacts);
      SizeEstimate total = null;
      for (StepRecord step : files.stepsOf(stage.index())) {
        SizeEstimate size = total == null ? base(stage) : layer(step, stageFacts);
        steps.add(size);
        total = total == null ? size : total.plus(size);
      }
      stages.add(total.withBasis(stageBasis(stage)));
    }

    private StageFacts startFacts(GraphStage stage) {
      if (stage.baseStage() != null) {
        StageFacts from = facts.get(stage.baseStage());
        return new StageFacts(from.distro(), from.installed());
      }
      if (stage.isScratch()) {
        return new StageFacts(Optional.empty(), Set.of());
      }
      Optional<DistroBase> distro = catalog.distro(stage.baseImage());
      Set<String> installed =
          distro.map(d -> DebianArchive.of(d.release()).minimalBase()).orElse(Set.of());
      return new StageFacts(distro, installed);
    }

    private SizeEstimate base(GraphStage stage) {
      if (stage.baseStage() != null) {
        return stages
            .get(stage.baseStage())
            .withBasis("starts from stage " + stage.baseStage() + "'s estimate");
      }
      if (stage.isScratch()) {
        return new SizeEstimate(0, 0, 0, "scratch: an empty filesystem");
      }
      return catalog.estimate(stage.baseImage());
    }

    private SizeEstimate layer(StepRecord step, StageFacts stageFacts) {
      if (!step.layer()) {
        return SizeEstimate.ZERO;
      }
      List<TrackedPath> added = step.files().added();
      if (added.isEmpty()) {
        return new SizeEstimate(0, 0, 4096, "writes no tracked path; metadata and whiteouts only");
      }
      SizeEstimate sum = new SizeEstimate(0, 0, 0, "");
      List<String> reasons = new ArrayList<>();
      for (TrackedPath entry : added) {
        SizeEstimate part = entry(step, entry, stageFacts);
        known.put(Key.of(entry), part);
        paths.add(new SizeReport.PathSize(step.index(), entry.path(), part));
        sum = sum.plus(part);
        if (part.bytes() > 0 || added.size() == 1) {
          reasons.add(entry.path() + ": " + part.basis());
        }
      }
      return sum.withBasis(String.join("; ", reasons));
    }

    private SizeEstimate entry(StepRecord step, TrackedPath entry, StageFacts stageFacts) {
      if (entry.bytes() >= 0 && entry.kind().equals("extracted")) {
        return new SizeEstimate(
            entry.bytes(),
            Math.round(entry.bytes() * TAR_FILES_SHARE),
            entry.bytes(),
            "the archive's unpacked tar stream, headers and padding included");
      }
      if (entry.bytes() >= 0) {
        return new SizeEstimate(
            entry.bytes(), entry.bytes(), entry.bytes(), "size of the build context files");
      }
      List<PathChange> creates =
          step.instruction() instanceof RunInstruction ? creates(step, entry) : List.of();
      if (!creates.isEmpty()) {
        SizeEstimate sum = null;
        for (PathChange change : creates) {
          SizeEstimate part = created(step, change, stageFacts);
          sum = sum == null ? part : sum.plus(part).withBasis(sum.basis() + " + " + part.basis());
        }
        return sum;
      }
      return copied(step, entry);
    }

    /** The writes of {@code entry}'s path that survive the step's later deletions, in order. */
    private List<PathChange> creates(StepRecord step, TrackedPath entry) {
      List<PathChange> out = new ArrayList<>();
      for (PathChange change : step.changes()) {
        boolean removes =
            change.op() == PathChange.Op.REMOVE || change.op() == PathChange.Op.REMOVE_CONTENTS;
        if (removes && UnixPaths.isWithin(entry.path(), change.path())) {
          out.clear();
        } else if (change.op() == PathChange.Op.CREATE && change.path().equals(entry.path())) {
          out.add(change);
        }
      }
      return out;
    }

    private SizeEstimate created(StepRecord step, PathChange change, StageFacts stageFacts) {
      String program = SizeDefaults.program(change.reason());
      boolean apt = program.equals("apt-get") || program.equals("apt");
      if (apt && change.kind().equals("packages") && change.path().equals("/usr")) {
        Optional<SizeEstimate> installed = apt(step, change, stageFacts);
        if (installed.isPresent()) {
          return installed.get();
        }
      }
      if (change.kind().equals("dependencies")) {
        ShellCommand command = command(change.reason());
        Optional<SizeEstimate> named = languagePackages.estimate(command);
        boolean node = program.equals("npm") || program.equals("yarn") || program.equals("pnpm");
        String manager = node ? "npm" : "pip";
        record(step, manager, languagePackages.each(command));
        if (named.isPresent()) {
          return named.get();
        }
      }
      return defaults.estimate(change.path(), change.kind(), change.reason());
    }

    private Optional<SizeEstimate> apt(StepRecord step, PathChange change, StageFacts stageFacts) {
      if (stageFacts.distro().isEmpty()) {
        return Optional.empty();
      }
      AptInstall.Request request = AptInstall.request(command(change.reason()));
      AptInstall.Result result =
          AptInstall.estimate(request, stageFacts.distro().get(), stageFacts.installed());
      stageFacts.install(result.added());
      record(step, "apt", result.byName());
      return Optional.of(result.size());
    }

    private void record(StepRecord step, String manager, Map<String, SizeEstimate> byName) {
      byName.forEach(
          (name, size) ->
              packages.add(new SizeReport.PackageSize(step.index(), manager, name, size)));
    }

    private SizeEstimate copied(StepRecord step, TrackedPath entry) {
      SizeEstimate same = known.get(Key.of(entry));
      if (same != null) {
        return same;
      }
      for (PathChange change : step.changes()) {
        if (change.op() == PathChange.Op.COPY && UnixPaths.isWithin(entry.path(), change.path())) {
          String source = change.source() + entry.path().substring(change.path().length());
          SizeEstimate original = known.get(new Key(entry.kind(), entry.content(), source));
          if (original != null) {
            return original.withBasis("copy of " + source + ": " + original.basis());
          }
        }
      }
      return defaults.estimate(entry);
    }

    SizeReport.Savings savings(SizeEstimate image) {
      Integer builder = null;
      for (GraphStage stage : graph.shippedStages()) {
        for (GraphEdge edge : graph.edgesInto(stage.index())) {
          boolean fromStage = edge.kind() == EdgeKind.COPY && edge.from() != null;
          if (fromStage
              && (builder == null
                  || stages.get(edge.from()).bytes() > stages.get(builder).bytes())) {
            builder = edge.from();
          }
        }
      }
      if (builder == null) {
        return null;
      }
      long builderBytes = stages.get(builder).bytes();
      return new SizeReport.Savings(
          builder, builderBytes, image.bytes(), Math.max(0, builderBytes - image.bytes()));
    }

    List<SizeReport.Waste> waste() {
      List<SizeReport.Waste> out = new ArrayList<>();
      var finalState = files.finalStates().get(graph.plan().target());
      for (GraphStage stage : graph.shippedStages()) {
        for (StepRecord step : files.stepsOf(stage.index())) {
          hiddenWaste(step, out);
          duplicateWaste(step, out);
          for (TrackedPath entry : step.files().added()) {
            boolean cache = entry.kind().equals("cache") || entry.kind().equals("lists");
            if (cache && entry.equals(finalState.get(entry.path()))) {
              out.add(waste(entry, step, "cache"));
            }
          }
        }
      }
      return out;
    }

    private void hiddenWaste(StepRecord step, List<SizeReport.Waste> out) {
      for (TrackedPath hidden : step.files().hidden()) {
        out.add(waste(hidden, step, "hidden"));
      }
    }

    private void duplicateWaste(StepRecord step, List<SizeReport.Waste> out) {
      if (!step.layer()) {
        return;
      }
      for (TrackedPath entry : step.files().added()) {
        TrackedPath earlier = step.files().before().get(entry.path());
        if (earlier != null
            && earlier.kind().equals(entry.kind())
            && earlier.content().equals(entry.content())) {
          out.add(waste(earlier, step, "duplicate"));
        }
      }
    }

    private SizeReport.Waste waste(TrackedPath entry, StepRecord cause, String kind) {
      SizeEstimate size = known.getOrDefault(Key.of(entry), defaults.estimate(entry));
      return new SizeReport.Waste(
          entry.step(),
          lineOf(entry.step()),
          cause.index(),
          cause.instruction().startLine(),
          entry.path(),
          kind,
          size.bytes());
    }

    private int lineOf(int stepIndex) {
      return files.steps().get(stepIndex).instruction().startLine();
    }
  }

  private static ShellCommand command(String words) {
    List<ShellCommand> commands = ShellScript.parse(words);
    return commands.isEmpty() ? ShellCommand.of(List.of()) : commands.get(0);
  }

  private static String stageBasis(GraphStage stage) {
    return "base "
        + (stage.baseStage() != null
            ? "stage " + stage.baseStage()
            : stage.isScratch() ? "scratch" : stage.baseImage())
        + " plus the stage's layers";
  }
}
