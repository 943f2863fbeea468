package dev.stagelens.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagelens.instruction.BuildEnv;
import dev.stagelens.instruction.BuildOptions;
import dev.stagelens.instruction.CopyInstruction;
import dev.stagelens.instruction.DockerfileInstructions;
import dev.stagelens.instruction.Instruction;
import dev.stagelens.instruction.InstructionParser;
import dev.stagelens.instruction.Mount;
import dev.stagelens.instruction.RunInstruction;
import dev.stagelens.instruction.Stage;
import dev.stagelens.parse.DockerfileParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For every named stage of real multi-stage ML Dockerfiles, the target builds exactly the stages
 * BuildKit's rule reaches: the FROM chain, COPY --from and RUN --mount from=, transitively.
 */
class CorpusTargetsTest {

  private static final Path FILES = Path.of("..", "shared", "corpus", "files");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kserve__kserve/Dockerfile",
        "pytorch__serve/docker__Dockerfile",
        "ggerganov__llama.cpp/.devops__cuda.Dockerfile",
        "huggingface__text-embeddings-inference/Dockerfile",
        "huggingface__text-generation-inference/Dockerfile",
        "huggingface__text-generation-inference/Dockerfile.neuron"
      })
  void everyNamedTarget_buildsExactlyWhatItReaches(String file) throws IOException {
    Path path = FILES.resolve(file);
    assertTrue(Files.exists(path), path.toAbsolutePath() + " is missing: ../shared must be beside");
    String text = Files.readString(path);
    DockerfileInstructions instructions =
        InstructionParser.parseDockerfile(DockerfileParser.parse(text));
    BuildEnv env =
        BuildEnv.resolve(instructions, DockerfileParser.parse(text).escapeToken(), defaults());
    List<Stage> stages = instructions.stages();
    assertTrue(stages.size() >= 4, file + " has " + stages.size() + " stages");
    int checked = 0;
    for (Stage stage : stages) {
      if (stage.name().isEmpty()) {
        continue;
      }
      StageGraph graph =
          StageGraphBuilderTest.graph(text, defaults().withTarget(stage.name().get()));
      Set<Integer> expected = reachable(stage.index(), stages, env);
      assertEquals(expected, new TreeSet<>(graph.plan().buildOrder()), file + " " + stage.name());
      assertDependenciesFirst(graph.plan().buildOrder(), stages, env, file);
      checked++;
    }
    assertTrue(checked >= 3, file + " has only " + checked + " named stages");
  }

  /**
   * Every multi-stage file of the corpus, for the default target and every named stage: the built
   * set is what BuildKit's rule reaches and the build order lists dependencies first. Files that
   * need build arguments to name their bases fail with a typed fault, as in BuildKit; they are
   * counted, not skipped silently.
   */
  @org.junit.jupiter.api.Test
  void everyMultiStageCorpusFile_everyTarget_buildsExactlyWhatItReaches() throws IOException {
    List<String> manifest = Files.readAllLines(FILES.resolve("../MANIFEST.tsv"));
    int files = 0;
    int targets = 0;
    List<String> rejected = new ArrayList<>();
    for (String row : manifest.subList(1, manifest.size())) {
      String[] cells = row.split("\t");
      if (Integer.parseInt(cells[5]) < 2) {
        continue;
      }
      String text = Files.readString(FILES.resolve(cells[0]));
      DockerfileInstructions instructions;
      BuildEnv env;
      try {
        instructions = InstructionParser.parseDockerfile(DockerfileParser.parse(text));
        env =
            BuildEnv.resolve(instructions, DockerfileParser.parse(text).escapeToken(), defaults());
        StageGraphBuilderTest.graph(text, defaults());
      } catch (dev.stagelens.instruction.InstructionException | StageGraphException e) {
        rejected.add(cells[0] + ": " + e.getMessage());
        continue;
      }
      files++;
      List<Stage> stages = instructions.stages();
      List<BuildOptions> asks = new ArrayList<>(List.of(defaults()));
      stages.forEach(st -> st.name().ifPresent(n -> asks.add(defaults().withTarget(n))));
      for (BuildOptions ask : asks) {
        StageGraph graph = StageGraphBuilderTest.graph(text, ask);
        int target = graph.plan().target();
        assertEquals(
            reachable(target, stages, env),
            new TreeSet<>(graph.plan().buildOrder()),
            cells[0] + " target " + ask.target());
        assertDependenciesFirst(graph.plan().buildOrder(), stages, env, cells[0]);
        targets++;
      }
    }
    System.out.printf(
        "corpus targets: %d multi-stage files, %d targets checked, %d files rejected%n",
        files, targets, rejected.size());
    rejected.forEach(r -> System.out.println("  rejected: " + r));
    assertTrue(files > 100, "multi-stage files checked: " + files);
  }

  private static BuildOptions defaults() {
    return BuildOptions.defaults();
  }

  /** Stages {@code target} needs, computed from the typed instructions alone. */
  private static Set<Integer> reachable(int target, List<Stage> stages, BuildEnv env) {
    Set<Integer> seen = new TreeSet<>();
    List<Integer> pending = new ArrayList<>(List.of(target));
    while (!pending.isEmpty()) {
      int index = pending.remove(pending.size() - 1);
      if (seen.add(index)) {
        pending.addAll(direct(index, stages, env));
      }
    }
    return seen;
  }

  /** The stages one stage names: an earlier stage as its base, COPY --from, mount from=. */
  private static List<Integer> direct(int index, List<Stage> stages, BuildEnv env) {
    List<Integer> out = new ArrayList<>();
    int base = lastNamed(env.stages().get(index).baseName(), stages, index);
    if (base >= 0) {
      out.add(base);
    }
    for (Instruction command : stages.get(index).commands()) {
      if (command instanceof CopyInstruction copy && !copy.from().isEmpty()) {
        bySource(copy.from(), stages, true).forEach(out::add);
      } else if (command instanceof RunInstruction run) {
        for (Mount mount : run.mounts()) {
          if (!mount.from().isEmpty()) {
            bySource(mount.from(), stages, false).forEach(out::add);
          }
        }
      }
    }
    return out;
  }

  private static int lastNamed(String name, List<Stage> stages, int before) {
    int found = -1;
    for (int i = 0; i < before; i++) {
      if (stages.get(i).name().filter(name::equals).isPresent()) {
        found = i;
      }
    }
    return found;
  }

  private static List<Integer> bySource(String from, List<Stage> stages, boolean indexAllowed) {
    if (indexAllowed && from.chars().allMatch(Character::isDigit)) {
      return List.of(Integer.parseInt(from));
    }
    String lower = from.toLowerCase(Locale.ROOT);
    int found = lastNamed(lower, stages, stages.size());
    return found < 0 ? List.of() : List.of(found);
  }

  private static void assertDependenciesFirst(
      List<Integer> order, List<Stage> stages, BuildEnv env, String file) {
    for (int position = 0; position < order.size(); position++) {
      int stage = order.get(position);
      for (int dep : direct(stage, stages, env)) {
        assertTrue(
            order.indexOf(dep) < position,
            file + ": stage " + dep + " must come before " + stage + " in " + order);
      }
    }
  }
}
