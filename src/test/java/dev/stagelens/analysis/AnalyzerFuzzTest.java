package dev.stagelens.analysis;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.stagelens.graph.StageGraphException;
import dev.stagelens.graph.UnknownTargetException;
import dev.stagelens.instruction.BuildOptions;
import dev.stagelens.instruction.InstructionException;
import dev.stagelens.parse.DockerfileParseException;
import dev.stagelens.parse.LimitExceededException;

/**
 * Coverage-guided fuzzing of the whole analysis: any exception other than the typed faults the API
 * maps to a 4xx is a crash. Without {@code JAZZER_FUZZ=1} it replays the inputs stored under {@code
 * src/test/resources/dev/stagelens/analysis/AnalyzerFuzzTestInputs/analyze}, every crash found so
 * far among them.
 */
class AnalyzerFuzzTest {

  private static final Analyzer ANALYZER = Analyzer.withDefaults();

  @FuzzTest(maxDuration = "45s")
  void analyze(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    try {
      ANALYZER.analyze(text, BuildOptions.defaults());
    } catch (DockerfileParseException
        | InstructionException
        | StageGraphException
        | UnknownTargetException
        | LimitExceededException e) {
      return;
    }
  }
}
