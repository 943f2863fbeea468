package dev.stagelens.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.stagelens.analysis.Analysis;
import dev.stagelens.analysis.AnalysisSettings;
import dev.stagelens.analysis.Analyzer;
import dev.stagelens.instruction.BuildOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The optimiser over every real Dockerfile of the shared corpus never breaks a file: either it
 * changes nothing, or the rewritten file analyses, keeps the target image's behaviour, does not
 * grow, and differs from the original only on lines its changes name.
 */
class CorpusOptimizeTest {

  private static final Path FILES = Path.of("..", "shared", "corpus", "files");
  private static final Analyzer ANALYZER = Analyzer.withDefaults();
  private static final Optimizer OPTIMIZER = new Optimizer(ANALYZER);

  @Test
  void optimize_everyCorpusFile_neverBreaksItAndNeverFails() throws IOException {
    List<String> manifest = Files.readAllLines(FILES.resolve("../MANIFEST.tsv"));
    Map<String, Integer> kept = new TreeMap<>();
    Map<String, Integer> dropped = new TreeMap<>();
    List<String> rejected = new ArrayList<>();
    int files = 0;
    int changed = 0;
    for (String row : manifest.subList(1, manifest.size())) {
      String name = row.split("\t")[0];
      String text = Files.readString(FILES.resolve(name));
      try {
        ANALYZER.analyze(text, BuildOptions.defaults());
      } catch (RuntimeException e) {
        rejected.add(name);
        continue;
      }
      Optimization result =
          OPTIMIZER.optimize(text, BuildOptions.defaults(), AnalysisSettings.DEFAULTS);
      files++;
      result.changes().forEach(c -> kept.merge(c.rewrite(), 1, Integer::sum));
      result.dropped().forEach(d -> dropped.merge(d.rewrite(), 1, Integer::sum));
      if (!result.changes().isEmpty()) {
        changed++;
        assertKeepsBehaviour(name, result);
      } else {
        assertEquals(text, result.rewritten(), name);
      }
    }
    System.out.printf(
        "corpus optimiser: %d files optimised, %d changed, %d not analysable; kept %s;"
            + " dropped %s%n",
        files, changed, rejected.size(), kept, dropped);
    assertTrue(files > 350, "files optimised: " + files);
    assertTrue(changed > 50, "files changed: " + changed);
  }

  private static void assertKeepsBehaviour(String name, Optimization result) {
    Analysis before = ANALYZER.analyze(result.original(), BuildOptions.defaults());
    Analysis after = ANALYZER.analyze(result.rewritten(), BuildOptions.defaults());
    Set<String> envChanged =
        result.changes().stream().anyMatch(c -> c.message().contains("PATH gains"))
            ? Set.of("PATH")
            : Set.of();
    assertEquals(
        List.of(), Behaviour.of(before).differences(Behaviour.of(after), envChanged), name);
    assertTrue(after.sizes().image().bytes() <= before.sizes().image().bytes(), name + " grew");
    assertEquals(after.sizes().image().bytes(), result.afterBytes(), name);
    Set<Integer> named = new TreeSet<>();
    result.changes().forEach(c -> named.addAll(c.lines()));
    List<String> was = result.original().lines().toList();
    for (AbstractDelta<String> delta :
        DiffUtils.diff(was, result.rewritten().lines().toList()).getDeltas()) {
      for (int i = 0; i < delta.getSource().size(); i++) {
        int line = delta.getSource().getPosition() + i + 1;
        assertTrue(named.contains(line), name + ": line " + line + " changed by no change");
      }
    }
  }
}
