package dev.stagelens.fs;

import dev.stagelens.graph.GraphStage;
import dev.stagelens.graph.StageGraph;
import dev.stagelens.instruction.AddInstruction;
import dev.stagelens.instruction.BuildEnv;
import dev.stagelens.instruction.CopyInstruction;
import dev.stagelens.instruction.ExpansionException;
import dev.stagelens.instruction.Instruction;
import dev.stagelens.instruction.Mount;
import dev.stagelens.instruction.MountType;
import dev.stagelens.instruction.RunInstruction;
import dev.stagelens.instruction.ShellLex;
import dev.stagelens.instruction.SourceContent;
import dev.stagelens.instruction.SourcesAndDest;
import dev.stagelens.instruction.StageEnv;
import dev.stagelens.instruction.UserInstruction;
import dev.stagelens.instruction.VariableLookup;
import dev.stagelens.instruction.WordExpander;
import dev.stagelens.instruction.WorkdirInstruction;
import dev.stagelens.parse.Deadline;
import dev.stagelens.parse.Limit;
import dev.stagelens.parse.LimitExceededException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Follows every stage of a Dockerfile step by step and records which paths each step adds, removes
 * and hides, without building anything.
 *
 * <p>A stage built on another stage starts from that stage's files, working directory and user; a
 * stage on an image starts empty (the image's own content is an opaque root), in {@code /} as root.
 * COPY and ADD write what they name; {@code COPY --from} takes the source stage's tracked paths;
 * RUN is read by {@link RunModel}, and nothing under a RUN mount's target enters the layer.
 */
public final class FileTracker {

  /** Default bound on the paths all steps' file states hold together. */
  public static final int DEFAULT_MAX_TRACKED_PATHS = 500_000;

  private final RunModel runModel;
  private final int maxPatternWildcards;
  private final int maxTrackedPaths;

  /** A tracker with the default pattern and path bounds. */
  public FileTracker(RunModel runModel) {
    this(runModel, PatternLimits.DEFAULT_MAX_WILDCARDS, DEFAULT_MAX_TRACKED_PATHS);
  }

  /**
   * A tracker that refuses COPY and ADD sources with more than {@code maxPatternWildcards}, and
   * files whose steps' states hold more than {@code maxTrackedPaths} paths together.
   */
  public FileTracker(RunModel runModel, int maxPatternWildcards, int maxTrackedPaths) {
    this.runModel = runModel;
    this.maxPatternWildcards = maxPatternWildcards;
    this.maxTrackedPaths = maxTrackedPaths;
  }

  /** The files of every stage of {@code graph}, with variables as {@code env} resolved them. */
  public FileReport track(StageGraph graph, BuildEnv env, ShellLex lex) {
    return track(graph, env, lex, null);
  }

  /**
   * The files of every stage, with COPY and ADD sources expanded against {@code context}; a null
   * context leaves local sources known by name only.
   */
  public FileReport track(StageGraph graph, BuildEnv env, ShellLex lex, BuildContext context) {
    List<StepRecord> steps = new ArrayList<>();
    List<FileState> finals = new ArrayList<>();
    List<StageStart> ends = new ArrayList<>();
    Map<String, Integer> named = new HashMap<>();
    long tracked = 0;
    for (GraphStage stage : graph.stages()) {
      StageEnv stageEnv = env.stages().get(stage.index());
      StageStart start = stage.baseStage() == null ? StageStart.FRESH : ends.get(stage.baseStage());
      Walk walk = new Walk(stage, stageEnv, lex, start, finals, named, steps.size(), context);
      steps.add(walk.fromStep());
      for (int i = 0; i < stage.stage().commands().size(); i++) {
        StepRecord step = walk.step(i);
        tracked += step.files().after().paths().size();
        checkTracked(tracked, step.instruction());
        steps.add(step);
      }
      finals.add(walk.state);
      ends.add(new StageStart(walk.state, walk.workdir, walk.user));
      if (stage.name() != null) {
        named.put(stage.name().toLowerCase(Locale.ROOT), stage.index());
      }
    }
    return new FileReport(steps, finals);
  }

  private void checkTracked(long tracked, Instruction at) {
    if (tracked > maxTrackedPaths) {
      throw new LimitExceededException(
          Limit.TRACKED_PATHS,
          maxTrackedPaths,
          "the file states of the steps hold more than " + maxTrackedPaths + " paths",
          at.startLine(),
          at.endLine());
    }
  }

  /** Where a stage starts: its files, working directory and user. */
  private record StageStart(FileState files, String workdir, String user) {
    static final StageStart FRESH = new StageStart(FileState.EMPTY, "/", "root");
  }

  /** The walk through one stage. */
  private final class Walk {
    private final GraphStage stage;
    private final StageEnv env;
    private final ShellLex lex;
    private final List<FileState> earlier;
    private final Map<String, Integer> named;
    private final int firstStep;
    private final BuildContext context;
    private final List<String> missing = new ArrayList<>();
    private FileState state;
    private String workdir;
    private String user;

    Walk(
        GraphStage stage,
        StageEnv env,
        ShellLex lex,
        StageStart start,
        List<FileState> earlier,
        Map<String, Integer> named,
        int firstStep,
        BuildContext context) {
      this.stage = stage;
      this.context = context;
      this.named = named;
      this.env = env;
      this.lex = lex;
      this.earlier = earlier;
      this.firstStep = firstStep;
      this.state = start.files();
      this.workdir = start.workdir();
      this.user = start.user();
    }

    StepRecord fromStep() {
      StepFiles files = new StepFiles(FileState.EMPTY, state, List.of(), List.of(), List.of());
      return new StepRecord(
          firstStep,
          stage.index(),
          stage.stage().from(),
          files,
          List.of(),
          workdir,
          user,
          false,
          List.of());
    }

    StepRecord step(int commandIndex) {
      Instruction command = stage.stage().commands().get(commandIndex);
      Deadline.check(command.startLine(), command.endLine());
      int index = firstStep + 1 + commandIndex;
      WordExpander expander = expander(commandIndex);
      List<PathChange> changes = new ArrayList<>();
      missing.clear();
      FileState before = state;
      FileState.Editor editor = state.edit();
      boolean layer = true;
      if (command instanceof WorkdirInstruction w) {
        workdir(w, expander, editor, index, changes);
      } else if (command instanceof CopyInstruction c) {
        copy(c, expander, editor, index, changes);
      } else if (command instanceof AddInstruction a) {
        add(a, expander, editor, index, changes);
      } else if (command instanceof RunInstruction r) {
        run(r, commandIndex, expander, editor, index, changes);
      } else {
        if (command instanceof UserInstruction u) {
          user = safeExpand(expander, u.user());
        }
        layer = false;
      }
      state = editor.done();
      StepFiles files = StepFiles.between(before, state, index);
      return new StepRecord(
          index, stage.index(), command, files, changes, workdir, user, layer, missing);
    }

    private WordExpander expander(int commandIndex) {
      VariableLookup lookup = env.lookupBefore(commandIndex);
      return word -> lex.processWord(word, lookup);
    }

    private void workdir(
        WorkdirInstruction w,
        WordExpander expander,
        FileState.Editor editor,
        int index,
        List<PathChange> changes) {
      workdir = UnixPaths.resolve(workdir, safeExpand(expander, w.path()));
      if (editor.get(workdir) == null) {
        PathChange change = PathChange.create(workdir, "directory", Certainty.DECLARED, "WORKDIR");
        changes.add(change);
        apply(change, editor, index, "WORKDIR");
      }
    }

    private void copy(
        CopyInstruction c,
        WordExpander expander,
        FileState.Editor editor,
        int index,
        List<PathChange> changes) {
      SourcesAndDest files = expandFiles(c.files(), expander);
      checkPatterns(files, c);
      String dest = destination(files);
      boolean intoDir = intoDirectory(files, dest, editor);
      if (c.from().isEmpty()) {
        Local local = new Local("COPY", c.parents(), c.excludes());
        fromContext(files, dest, intoDir, editor, index, changes, local);
        return;
      }
      Integer source = sourceStage(c.from());
      String origin = "COPY --from=" + c.from();
      for (String path : files.sourcePaths()) {
        String from = UnixPaths.resolve("/", path);
        boolean known = source != null && source < earlier.size();
        boolean keepsName = intoDir && !namesDirectory(path, known ? earlier.get(source) : null);
        String to = keepsName ? UnixPaths.resolve(dest, UnixPaths.baseName(from)) : dest;
        if (!known) {
          PathChange change = PathChange.create(to, "file", Certainty.DECLARED, origin);
          changes.add(change);
          apply(change, editor, index, origin);
        } else {
          copyTree(earlier.get(source), from, to, editor, index, origin, changes);
        }
      }
    }

    /**
     * True when {@code path} names a directory: BuildKit copies a directory's contents into the
     * destination rather than the directory itself, so the directory's name is not kept.
     */
    private static boolean namesDirectory(String path, FileState source) {
      if (path.endsWith("/") || path.endsWith("/.")) {
        return true;
      }
      TrackedPath entry = source == null ? null : source.get(UnixPaths.resolve("/", path));
      return entry != null && entry.kind().equals("directory");
    }

    private Integer sourceStage(String from) {
      try {
        return Integer.parseInt(from);
      } catch (NumberFormatException e) {
        return named.get(from.toLowerCase(Locale.ROOT));
      }
    }

    private void copyTree(
        FileState source,
        String from,
        String to,
        FileState.Editor editor,
        int index,
        String origin,
        List<PathChange> changes) {
      List<TrackedPath> tree = source.within(from);
      if (tree.isEmpty()) {
        TrackedPath enclosing = enclosing(source, from);
        String kind = enclosing == null ? "file" : enclosing.kind();
        Certainty certainty = enclosing == null ? Certainty.UNKNOWN : enclosing.certainty();
        PathChange change = PathChange.create(to, kind, certainty, origin);
        changes.add(change);
        String content = enclosing == null ? origin + " " + from : enclosing.content();
        editor.put(new TrackedPath(to, kind, certainty, stage.index(), index, origin, content, -1));
        return;
      }
      for (TrackedPath entry : tree) {
        String target = to + entry.path().substring(from.length());
        changes.add(
            new PathChange(
                PathChange.Op.COPY, target, entry.path(), entry.kind(), entry.certainty(), origin));
        editor.put(entry.copiedTo(UnixPaths.clean(target), stage.index(), index, origin));
      }
    }

    private TrackedPath enclosing(FileState source, String path) {
      for (String dir = UnixPaths.parent(path); ; dir = UnixPaths.parent(dir)) {
        TrackedPath entry = source.get(dir);
        if (entry != null) {
          return entry;
        }
        if (dir.equals("/")) {
          return null;
        }
      }
    }

    private void add(
        AddInstruction a,
        WordExpander expander,
        FileState.Editor editor,
        int index,
        List<PathChange> changes) {
      SourcesAndDest files = expandFiles(a.files(), expander);
      checkPatterns(files, a);
      String dest = destination(files);
      Local local = new Local("ADD", false, a.excludes());
      fromContext(files, dest, intoDirectory(files, dest, editor), editor, index, changes, local);
    }

    private void fromContext(
        SourcesAndDest files,
        String dest,
        boolean intoDir,
        FileState.Editor editor,
        int index,
        List<PathChange> changes,
        Local local) {
      String heredoc = local.keyword() + " heredoc";
      for (SourceContent content : files.sourceContents()) {
        String to = intoDir ? UnixPaths.resolve(dest, content.path()) : dest;
        long bytes = content.data().getBytes(StandardCharsets.UTF_8).length;
        ContextCopy.Placed entry =
            new ContextCopy.Placed(to, "file", bytes, Certainty.DECLARED, heredoc);
        place(entry, heredoc, editor, index);
        changes.add(PathChange.create(to, "file", Certainty.DECLARED, heredoc));
      }
      List<String> known = new ArrayList<>();
      for (String source : files.sourcePaths()) {
        if (context == null || ContextSources.isRemote(source)) {
          PathChange change = ContextSources.change(local.keyword(), source, dest, intoDir);
          record(change, editor, index, changes);
        } else {
          known.add(source);
        }
      }
      if (!known.isEmpty()) {
        ContextCopy.Result result =
            ContextCopy.expand(
                context, local.isAdd(), local.parents(), local.excludes(), known, dest, intoDir);
        String reason = local.keyword() + " " + String.join(" ", known);
        for (ContextCopy.Placed entry : result.placed()) {
          place(entry, reason, editor, index);
          changes.add(PathChange.create(entry.path(), entry.kind(), entry.certainty(), reason));
        }
        missing.addAll(result.missing());
      }
    }

    private void place(
        ContextCopy.Placed entry, String reason, FileState.Editor editor, int index) {
      editor.put(
          new TrackedPath(
              entry.path(),
              entry.kind(),
              entry.certainty(),
              stage.index(),
              index,
              reason,
              reason,
              entry.bytes()));
    }

    private void run(
        RunInstruction r,
        int commandIndex,
        WordExpander expander,
        FileState.Editor editor,
        int index,
        List<PathChange> changes) {
      RunContext context =
          new RunContext(
              workdir,
              home(),
              env.envBefore().get(commandIndex),
              word -> word.indexOf('$') < 0 ? word : safeExpand(expander, word));
      List<PathChange> effects = effects(r, context);
      List<String> mounted = mountTargets(r, expander);
      for (PathChange change : effects) {
        if (!underAny(change.path(), mounted)) {
          record(change, editor, index, changes);
        }
      }
    }

    private List<PathChange> effects(RunInstruction r, RunContext context) {
      List<String> args = r.command().args();
      if (r.command().execForm()) {
        return runModel.effects(args, context);
      }
      return runModel.effects(ShellScript.script(r.command()), context);
    }

    private List<String> mountTargets(RunInstruction r, WordExpander expander) {
      List<String> targets = new ArrayList<>();
      for (Mount mount : r.mounts(expander)) {
        if (!mount.target().isEmpty() && mount.type() != MountType.SSH) {
          targets.add(UnixPaths.resolve(workdir, mount.target()));
        }
      }
      return targets;
    }

    private void record(
        PathChange change, FileState.Editor editor, int index, List<PathChange> changes) {
      changes.add(change);
      apply(change, editor, index, change.reason());
    }

    private void apply(PathChange change, FileState.Editor editor, int index, String origin) {
      switch (change.op()) {
        case CREATE ->
            editor.put(
                new TrackedPath(
                    change.path(),
                    change.kind(),
                    change.certainty(),
                    stage.index(),
                    index,
                    origin,
                    change.reason(),
                    -1));
        case REMOVE -> editor.remove(change.path());
        case REMOVE_CONTENTS -> editor.removeContents(change.path(), index);
        case COPY -> copyWithin(change, editor, index);
        case REWRITE -> rewrite(change, editor, index);
      }
    }

    private void rewrite(PathChange change, FileState.Editor editor, int index) {
      List<TrackedPath> tree =
          change.kind().equals("tree")
              ? editor.within(change.path())
              : editor.get(change.path()) == null ? List.of() : List.of(editor.get(change.path()));
      for (TrackedPath entry : tree) {
        editor.put(entry.copiedTo(entry.path(), stage.index(), index, change.reason()));
      }
    }

    private void copyWithin(PathChange change, FileState.Editor editor, int index) {
      List<TrackedPath> tree = editor.within(change.source());
      if (tree.isEmpty()) {
        editor.put(
            new TrackedPath(
                change.path(),
                change.kind(),
                change.certainty(),
                stage.index(),
                index,
                change.reason(),
                change.reason(),
                -1));
      }
      for (TrackedPath entry : tree) {
        String target = change.path() + entry.path().substring(change.source().length());
        editor.put(entry.copiedTo(UnixPaths.clean(target), stage.index(), index, change.reason()));
      }
    }

    private String home() {
      String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
      return name.equals("root") || name.equals("0") ? "/root" : "/home/" + name;
    }

    private SourcesAndDest expandFiles(SourcesAndDest files, WordExpander expander) {
      try {
        return files.expand(expander).expandContents(expander);
      } catch (ExpansionException e) {
        return files;
      }
    }

    private void checkPatterns(SourcesAndDest files, Instruction at) {
      for (String source : files.sourcePaths()) {
        PatternLimits.check(source, maxPatternWildcards, at.startLine(), at.endLine());
      }
    }

    private String destination(SourcesAndDest files) {
      return UnixPaths.resolve(workdir, files.dest());
    }

    private boolean intoDirectory(SourcesAndDest files, String dest, FileState.Editor editor) {
      String written = files.dest();
      int sources = files.sourcePaths().size() + files.sourceContents().size();
      TrackedPath existing = editor.get(dest);
      return written.endsWith("/")
          || written.equals(".")
          || sources > 1
          || (existing != null && !existing.kind().equals("file"))
          || dest.equals(workdir);
    }
  }

  /** How a COPY or ADD reads its local sources. */
  private record Local(String keyword, boolean parents, List<String> excludes) {
    boolean isAdd() {
      return keyword.equals("ADD");
    }
  }

  private static String safeExpand(WordExpander expander, String word) {
    try {
      return expander.expand(word);
    } catch (ExpansionException e) {
      return word;
    }
  }

  private static boolean underAny(String path, List<String> dirs) {
    for (String dir : dirs) {
      if (UnixPaths.isWithin(path, dir)) {
        return true;
      }
    }
    return false;
  }
}
