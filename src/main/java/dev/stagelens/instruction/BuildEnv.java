package dev.stagelens.instruction;

import dev.stagelens.parse.Deadline;
import dev.stagelens.parse.Limit;
import dev.stagelens.parse.LimitExceededException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Variable scopes of a Dockerfile as BuildKit's dispatcher computes them: global ARGs (meta ARGs
 * plus the automatic platform ARGs) are visible to FROM only; inside a stage an ARG takes its build
 * argument, else its default, else (with no default) the global value; ENV and ARG values are seen
 * by later instructions; a stage built FROM an earlier stage starts with that stage's variables.
 *
 * <p>Images are not resolved, so a stage FROM an image starts with only {@code PATH} (BuildKit's
 * default when the image sets none), except for Windows targets.
 */
public final class BuildEnv {
  /** Default bound on the variables all per-instruction scopes hold together. */
  public static final int DEFAULT_MAX_SCOPE_ENTRIES = 500_000;

  static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
  private static final Set<String> NON_ENV_ARGS =
      Set.of("BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE");

  private final Map<String, String> globalArgs;
  private final List<StageEnv> stages;

  private BuildEnv(Map<String, String> globalArgs, List<StageEnv> stages) {
    this.globalArgs = globalArgs;
    this.stages = stages;
  }

  /**
   * Computes the scopes of every stage.
   *
   * @param escapeToken the escape character of the Dockerfile
   * @throws InstructionException located at the instruction whose expansion fails, or at a FROM
   *     whose base name expands to nothing
   */
  public static BuildEnv resolve(
      DockerfileInstructions dockerfile, char escapeToken, BuildOptions options) {
    return resolve(dockerfile, new ShellLex(escapeToken), options, DEFAULT_MAX_SCOPE_ENTRIES);
  }

  /**
   * Computes the scopes of every stage, expanding with {@code lex} and its bounds.
   *
   * @throws InstructionException located at the instruction whose expansion fails, or at a FROM
   *     whose base name expands to nothing
   * @param maxScopeEntries the most variables all the per-instruction scopes may hold together
   * @throws LimitExceededException located at the instruction whose expansion exceeds a bound, or
   *     whose scope takes the retained variables past {@code maxScopeEntries}
   */
  public static BuildEnv resolve(
      DockerfileInstructions dockerfile, ShellLex lex, BuildOptions options, int maxScopeEntries) {
    Map<String, String> globals = defaultArgs(dockerfile, options);
    for (ArgInstruction meta : dockerfile.metaArgs()) {
      declareGlobal(lex, meta, globals, options.buildArgs());
    }
    Map<String, String> frozen = freeze(globals);
    List<StageEnv> stages = new ArrayList<>();
    Map<String, Integer> named = new HashMap<>();
    ScopeBudget budget = new ScopeBudget(maxScopeEntries);
    for (Stage stage : dockerfile.stages()) {
      StageEnv walked = new StageWalk(lex, frozen, options, stages, named, budget).walk(stage);
      walked.stage().name().ifPresent(name -> named.put(name, stages.size()));
      stages.add(walked);
    }
    return new BuildEnv(frozen, List.copyOf(stages));
  }

  /** The global ARGs, visible to FROM lines, in declaration order. */
  public Map<String, String> globalArgs() {
    return globalArgs;
  }

  /** A lookup over the global ARGs. */
  public VariableLookup globalLookup() {
    return name -> Optional.ofNullable(globalArgs.get(name));
  }

  /** The scopes of the stages, in order. */
  public List<StageEnv> stages() {
    return stages;
  }

  /** BuildKit's automatic ARGs; a build argument of the same name replaces the value. */
  private static Map<String, String> defaultArgs(
      DockerfileInstructions dockerfile, BuildOptions options) {
    Platform build = options.buildPlatform();
    Platform target = options.targetPlatform();
    Map<String, String> args = new LinkedHashMap<>();
    args.put("BUILDPLATFORM", build.format());
    args.put("BUILDOS", build.os());
    args.put("BUILDOSVERSION", "");
    args.put("BUILDARCH", build.architecture());
    args.put("BUILDVARIANT", build.variant());
    args.put("TARGETPLATFORM", target.format());
    args.put("TARGETOS", target.os());
    args.put("TARGETOSVERSION", "");
    args.put("TARGETARCH", target.architecture());
    args.put("TARGETVARIANT", target.variant());
    args.put("TARGETSTAGE", targetStage(dockerfile, options));
    args.replaceAll((name, value) -> options.buildArgs().getOrDefault(name, value));
    return args;
  }

  private static String targetStage(DockerfileInstructions dockerfile, BuildOptions options) {
    List<Stage> stages = dockerfile.stages();
    String target =
        options
            .target()
            .orElse(stages.isEmpty() ? "" : stages.get(stages.size() - 1).name().orElse(""));
    return target.isEmpty() ? "default" : target;
  }

  private static void declareGlobal(
      ShellLex lex,
      ArgInstruction meta,
      Map<String, String> globals,
      Map<String, String> buildArgs) {
    for (ArgDefinition arg : meta.args()) {
      Optional<String> value = Optional.ofNullable(buildArgs.get(arg.key()));
      if (value.isEmpty() && arg.defaultValue().isPresent()) {
        Map<String, String> scope = freeze(globals);
        value = Optional.of(expand(lex, arg.defaultValue().get(), scope, meta));
      }
      value.ifPresent(v -> globals.put(arg.key(), v));
    }
  }

  static String expand(ShellLex lex, String word, Map<String, String> env, Instruction at) {
    try {
      return lex.processWord(word, name -> Optional.ofNullable(env.get(name)));
    } catch (ExpansionException e) {
      e.throwIfLimit(at.startLine(), at.endLine());
      throw new InstructionException(e.getMessage(), at.startLine(), at.endLine());
    }
  }

  static Map<String, String> freeze(Map<String, String> values) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** Counts the variables retained across every instruction's scope against the bound. */
  private static final class ScopeBudget {
    private final int max;
    private long spent;

    ScopeBudget(int max) {
      this.max = max;
    }

    void spend(int entries, Instruction at) {
      spent += entries;
      if (spent > max) {
        throw new LimitExceededException(
            Limit.SCOPE_ENTRIES,
            max,
            "the variable scopes of the instructions hold more than " + max + " variables",
            at.startLine(),
            at.endLine());
      }
    }
  }

  /** Walks one stage, following BuildKit's {@code dispatchArg} and {@code dispatchEnv}. */
  private static final class StageWalk {
    private final ShellLex lex;
    private final Map<String, String> globals;
    private final BuildOptions options;
    private final List<StageEnv> earlier;
    private final Map<String, Integer> named;
    private final ScopeBudget budget;
    private final Map<String, String> env = new LinkedHashMap<>();

    StageWalk(
        ShellLex lex,
        Map<String, String> globals,
        BuildOptions options,
        List<StageEnv> earlier,
        Map<String, Integer> named,
        ScopeBudget budget) {
      this.lex = lex;
      this.globals = globals;
      this.options = options;
      this.earlier = earlier;
      this.named = named;
      this.budget = budget;
    }

    StageEnv walk(Stage stage) {
      String baseName = expand(lex, stage.baseName(), globals, stage.from());
      if (baseName.isEmpty()) {
        throw new InstructionException(
            "base name (" + stage.baseName() + ") should not be blank",
            stage.startLine(),
            stage.from().endLine());
      }
      OptionalInt base = baseStage(baseName);
      if (base.isPresent()) {
        env.putAll(earlier.get(base.getAsInt()).envAfter());
      } else if (!options.targetPlatform().os().equals("windows")) {
        env.put("PATH", DEFAULT_PATH);
      }
      List<Map<String, String>> before = new ArrayList<>();
      Map<String, String> scope = null;
      for (Instruction command : stage.commands()) {
        Deadline.check(command.startLine(), command.endLine());
        if (scope == null) {
          budget.spend(env.size(), command);
          scope = freeze(env);
        }
        before.add(scope);
        if (command instanceof ArgInstruction || command instanceof EnvInstruction) {
          apply(command);
          scope = null;
        }
      }
      return new StageEnv(stage, baseName, base, before, freeze(env));
    }

    /** The last earlier stage named {@code baseName}. */
    private OptionalInt baseStage(String baseName) {
      Integer index = named.get(baseName);
      return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    private void apply(Instruction command) {
      if (command instanceof ArgInstruction arg) {
        arg.args().forEach(definition -> declare(definition, arg));
      } else if (command instanceof EnvInstruction envInstruction) {
        Map<String, String> scope = freeze(env);
        for (KeyValue pair : envInstruction.env()) {
          env.put(
              expand(lex, pair.key(), scope, command), expand(lex, pair.value(), scope, command));
        }
      }
    }

    private void declare(ArgDefinition arg, ArgInstruction at) {
      Optional<String> value = Optional.ofNullable(options.buildArgs().get(arg.key()));
      if (value.isEmpty() && arg.defaultValue().isPresent()) {
        value = Optional.of(expand(lex, arg.defaultValue().get(), freeze(env), at));
      } else if (value.isEmpty()) {
        value = Optional.ofNullable(globals.get(arg.key()));
      }
      if (value.isPresent() && !NON_ENV_ARGS.contains(arg.key())) {
        env.put(arg.key(), value.get());
      }
    }
  }
}
