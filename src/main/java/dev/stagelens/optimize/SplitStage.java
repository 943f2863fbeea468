package dev.stagelens.optimize;

import dev.stagelens.fs.UnixPaths;
import dev.stagelens.graph.GraphStage;
import dev.stagelens.graph.StageGraph;
import dev.stagelens.instruction.AddInstruction;
import dev.stagelens.instruction.ArgInstruction;
import dev.stagelens.instruction.CmdInstruction;
import dev.stagelens.instruction.CopyInstruction;
import dev.stagelens.instruction.EntrypointInstruction;
import dev.stagelens.instruction.EnvInstruction;
import dev.stagelens.instruction.ExpansionException;
import dev.stagelens.instruction.ExposeInstruction;
import dev.stagelens.instruction.FromInstruction;
import dev.stagelens.instruction.Instruction;
import dev.stagelens.instruction.LabelInstruction;
import dev.stagelens.instruction.RunInstruction;
import dev.stagelens.instruction.StopSignalInstruction;
import dev.stagelens.instruction.UserInstruction;
import dev.stagelens.instruction.WordExpander;
import dev.stagelens.instruction.WorkdirInstruction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Splits a single-stage build into a builder that compiles and a runtime stage that ships only the
 * result, for the ecosystems a {@link Recipe} recognises with certainty.
 *
 * <p>The builder keeps every original line. The runtime stage, added at the end, repeats the
 * stage's ARG, ENV, LABEL, EXPOSE, WORKDIR, USER, STOPSIGNAL, CMD and ENTRYPOINT lines as written
 * and, where the recipe says the runtime base is the same distribution, its apt-get RUNs. The split
 * is offered only when every other instruction is one the builder alone needs: the recipe's build
 * tool, COPY or ADD before the build, and after the build only COPY into a working directory the
 * runtime copies whole.
 */
final class SplitStage implements Rewrite {

  static final String ID = "multi-stage";

  private final List<Recipe> recipes =
      List.of(new GoRecipe(), new JavaRecipe(), new NodeRecipe(), new PythonRecipe());

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Proposal> propose(Draft draft) {
    StageGraph graph = draft.analysis().graph();
    GraphStage stage = graph.target();
    if (draft.options().target().isPresent()
        || stage.index() != graph.stages().size() - 1
        || stage.baseImage() == null
        || stage.baseImage().tag() == null) {
      return List.of();
    }
    return recipes.stream()
        .filter(recipe -> recipe.recognises(stage.baseImage()))
        .findFirst()
        .flatMap(recipe -> split(draft, stage, recipe))
        .stream()
        .toList();
  }

  private Optional<Proposal> split(Draft draft, GraphStage stage, Recipe recipe) {
    List<Instruction> commands = stage.stage().commands();
    List<Optional<AndChain>> chains = new ArrayList<>();
    int build = -1;
    for (Instruction command : commands) {
      Optional<AndChain> chain =
          command instanceof RunInstruction run ? AndChain.of(run) : Optional.empty();
      if (chain.isPresent() && recipe.builds(chain.get())) {
        build = chains.size();
      }
      chains.add(chain);
    }
    if (build < 0) {
      return Optional.empty();
    }
    Compile compile = new Compile(draft, stage, workdirs(draft, stage), chains, build);
    String workdir = compile.buildWorkdir();
    if (workdir == null || workdir.equals("/")) {
      return Optional.empty();
    }
    return recipe
        .plan(compile)
        .filter(plan -> fits(compile, recipe, plan))
        .map(plan -> proposal(compile, plan));
  }

  /** The WORKDIR declared before each command, resolved and expanded; null before the first. */
  private static List<String> workdirs(Draft draft, GraphStage stage) {
    List<String> out = new ArrayList<>();
    String current = null;
    List<Instruction> commands = stage.stage().commands();
    for (int i = 0; i < commands.size(); i++) {
      out.add(current);
      if (commands.get(i) instanceof WorkdirInstruction w) {
        String path = expand(draft.expander(stage.index(), i), w.path());
        current = path == null ? null : UnixPaths.resolve(current == null ? "/" : current, path);
      }
    }
    return out;
  }

  private static String expand(WordExpander words, String word) {
    try {
      String expanded = words.expand(word);
      return expanded.isEmpty() ? null : expanded;
    } catch (ExpansionException e) {
      return null;
    }
  }

  /** True when every command of the stage has a place in the split. */
  private static boolean fits(Compile compile, Recipe recipe, Recipe.Plan plan) {
    List<Instruction> commands = compile.commands();
    for (int i = 0; i < commands.size(); i++) {
      if (!fits(compile, recipe, plan, i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean fits(Compile compile, Recipe recipe, Recipe.Plan plan, int i) {
    Instruction command = compile.commands().get(i);
    if (command instanceof UserInstruction user) {
      return allowedUser(compile, plan, i, user);
    }
    if (carried(command)
        || command instanceof CmdInstruction
        || command instanceof EntrypointInstruction) {
      return true;
    }
    Optional<AndChain> chain = compile.chains().get(i);
    if (command instanceof RunInstruction) {
      boolean tool = chain.isPresent() && recipe.builds(chain.get());
      boolean apt = chain.isPresent() && plan.carriesApt() && Apt.only(chain.get());
      return i <= compile.build() && (tool || apt);
    }
    if (command instanceof CopyInstruction || command instanceof AddInstruction) {
      return i < compile.build() || plan.copiesWorkdir() && intoWorkdir(compile, i);
    }
    return false;
  }

  private static boolean allowedUser(Compile compile, Recipe.Plan plan, int i, UserInstruction u) {
    String user = expand(compile.draft().expander(compile.stage().index(), i), u.user());
    if (user == null) {
      return false;
    }
    String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
    return name.chars().allMatch(Character::isDigit)
        || name.equals("root")
        || plan.users().contains(name);
  }

  private static boolean intoWorkdir(Compile compile, int i) {
    Instruction command = compile.commands().get(i);
    String dest =
        command instanceof CopyInstruction copy
            ? copy.from().isEmpty() ? copy.files().dest() : null
            : ((AddInstruction) command).files().dest();
    String workdir = compile.workdirs().get(i);
    String expanded =
        dest == null ? null : expand(compile.draft().expander(compile.stage().index(), i), dest);
    if (expanded == null || workdir == null) {
      return false;
    }
    String resolved = UnixPaths.resolve(workdir, expanded);
    return UnixPaths.isWithin(resolved, compile.buildWorkdir());
  }

  /** Instructions the runtime stage repeats as written. */
  private static boolean carried(Instruction command) {
    return command instanceof ArgInstruction
        || command instanceof EnvInstruction
        || command instanceof LabelInstruction
        || command instanceof ExposeInstruction
        || command instanceof WorkdirInstruction
        || command instanceof UserInstruction
        || command instanceof StopSignalInstruction;
  }

  private Proposal proposal(Compile compile, Recipe.Plan plan) {
    Draft draft = compile.draft();
    FromInstruction from = compile.stage().stage().from();
    String name = from.stageNameAsWritten().orElse(builderName(draft));
    List<Edit> edits = new ArrayList<>();
    edits.add(runtime(compile, plan, name));
    if (!plan.afterBuild().isEmpty()) {
      int after = compile.commands().get(compile.build()).endLine();
      edits.add(Edit.insert(after + 1, plan.afterBuild()));
    }
    if (from.stageName().isEmpty()) {
      List<String> lines = new ArrayList<>();
      lines.add(RuntimeBase.fromLine(from, compile.stage().base()) + " AS " + name);
      lines.addAll(plan.afterFrom());
      List<Integer> origins = new ArrayList<>(Collections.nCopies(lines.size(), 0));
      origins.set(0, from.startLine());
      edits.add(new Edit(from.startLine(), from.endLine(), lines, origins));
    } else if (!plan.afterFrom().isEmpty()) {
      edits.add(Edit.insert(from.endLine() + 1, plan.afterFrom()));
    }
    // TODO(#7): files the program reads at run time outside the copied paths are not known; the
    // message asks for them instead of the split copying them.
    String message =
        plan.summary()
            + "; the runtime stage repeats the stage's ARG, ENV, LABEL, EXPOSE, WORKDIR, USER, "
            + "CMD and ENTRYPOINT"
            + (carriesApt(compile, plan) ? " and its apt-get installs" : "")
            + "; files the program reads at run time from elsewhere than the copied paths must "
            + "be copied too";
    return new Proposal(
        ID,
        message,
        compile.stage().startLine(),
        compile.stage().endLine(),
        edits,
        plan.envChanged());
  }

  private static boolean carriesApt(Compile compile, Recipe.Plan plan) {
    return plan.carriesApt()
        && compile.chains().stream().flatMap(Optional::stream).anyMatch(Apt::only);
  }

  private static String builderName(Draft draft) {
    List<String> taken =
        draft.analysis().graph().stages().stream()
            .map(GraphStage::name)
            .filter(n -> n != null)
            .toList();
    String name = "build";
    for (int i = 2; taken.contains(name); i++) {
      name = "build" + i;
    }
    return name;
  }

  /** The runtime stage, inserted at the end of the file. */
  private static Edit runtime(Compile compile, Recipe.Plan plan, String builder) {
    Draft draft = compile.draft();
    FromInstruction from = compile.stage().stage().from();
    List<String> lines = new ArrayList<>(List.of(""));
    List<Integer> origins = new ArrayList<>(List.of(0));
    String platform = from.platform().map(p -> "--platform=" + p + " ").orElse("");
    lines.add("FROM " + platform + plan.runtime());
    origins.add(0);
    List<Instruction> last = new ArrayList<>();
    for (int i = 0; i < compile.commands().size(); i++) {
      Instruction command = compile.commands().get(i);
      boolean apt = plan.carriesApt() && compile.chains().get(i).filter(Apt::only).isPresent();
      if (carried(command) || apt) {
        repeat(draft, command, lines, origins);
      } else if (command instanceof CmdInstruction || command instanceof EntrypointInstruction) {
        last.add(command);
      }
    }
    for (String path : plan.copies()) {
      lines.add("COPY --from=" + builder + " " + path + " " + path);
      origins.add(0);
    }
    plan.runtimeLines()
        .forEach(
            line -> {
              lines.add(line);
              origins.add(0);
            });
    last.forEach(command -> repeat(draft, command, lines, origins));
    int end = draft.lines().size();
    return new Edit(end + 1, end, lines, origins);
  }

  private static void repeat(
      Draft draft, Instruction command, List<String> lines, List<Integer> origins) {
    lines.addAll(draft.text(command));
    for (int line = command.startLine(); line <= command.endLine(); line++) {
      origins.add(line);
    }
  }
}
