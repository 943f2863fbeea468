package dev.stagelens.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stagelens.graph.StageGraphException;
import dev.stagelens.instruction.BuildOptions;
import dev.stagelens.testing.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The findings the shared cases state, with their lines, for the rules they concern. */
class SharedCasesFindingsTest {

  private static List<String> findings(String caseName, List<String> rules, String ignore) {
    String dockerfile = Pipeline.shared("cases/" + caseName + ".Dockerfile");
    RuleContext context = Lint.context(dockerfile, BuildOptions.defaults(), ignore);
    return Lint.lines(Lint.REGISTRY.check(context)).stream()
        .filter(line -> rules.stream().anyMatch(rule -> line.contains(" " + rule + ": ")))
        .toList();
  }

  @Test
  void br01_emptyContinuations_oneFindingPerInstruction() {
    assertEquals(
        List.of(
            "5 NoEmptyContinuation: Empty continuation line",
            "10 NoEmptyContinuation: Empty continuation line",
            "13 NoEmptyContinuation: Empty continuation line"),
        findings("BR-01", List.of("NoEmptyContinuation"), null));
  }

  @Test
  void br05_undefinedPositionalInCopyHeredoc_only() {
    assertEquals(
        List.of("7 UndefinedVar: Usage of undefined variable '$1'"),
        findings("BR-05", List.of("UndefinedVar"), null));
  }

  @Test
  void br06_maintainerOnLineSix() {
    assertEquals(
        List.of(
            "6 MaintainerDeprecated: Maintainer instruction is deprecated in favor of using"
                + " label"),
        findings("BR-06", List.of("MaintainerDeprecated"), null));
  }

  @Test
  void br07_jsonArgs_onlyInTheBuiltStage() {
    assertEquals(List.of(), findings("BR-07", List.of("JSONArgsRecommended"), null));
  }

  @Test
  void br15_undefinedVarOnLineFiveOnly() {
    assertEquals(
        List.of("5 UndefinedVar: Usage of undefined variable '$APP_VERSION'"),
        findings("BR-15", List.of("UndefinedVar"), null));
  }

  @Test
  void br17_inheritedArg_noUndefinedVar() {
    assertEquals(List.of(), findings("BR-17", List.of("UndefinedVar"), null));
  }

  @Test
  void br21_builderStage_getsNoImageFindings() {
    assertEquals(
        List.of(
            "7 AptListsNotRemoved: apt package lists in /var/lib/apt/lists stay in"
                + " this layer; remove them in the same RUN"),
        findings("BR-21", List.of("AptListsNotRemoved", "RootUserInImage"), null));
  }

  @Test
  void br24_excludedEnvFile_isAnErrorDespiteNegations() {
    assertEquals(
        List.of(
            "5 CopyIgnoredFile: Attempting to Copy file \".env\" that is excluded by"
                + " .dockerignore"),
        findings("BR-24", List.of("CopyIgnoredFile"), Pipeline.shared("cases/BR-24.dockerignore")));
  }

  @Test
  void br24_withoutDockerignore_copyIgnoredFileIsQuiet() {
    assertEquals(List.of(), findings("BR-24", List.of("CopyIgnoredFile"), null));
  }

  @Test
  void br25_aptListsFlaggedOnTheInstallLine() {
    assertEquals(
        List.of(
            "2 AptListsNotRemoved: apt package lists in /var/lib/apt/lists stay in"
                + " this layer; remove them in the same RUN"),
        findings("BR-25", List.of("AptListsNotRemoved"), null));
  }

  @Test
  void br11_fromUppercaseStageName_failsAtLineThreeBeforeAnyFinding() {
    String dockerfile = Pipeline.shared("cases/BR-11.Dockerfile");
    StageGraphException e =
        assertThrows(
            StageGraphException.class,
            () -> Lint.context(dockerfile, BuildOptions.defaults(), null));
    assertEquals(3, e.startLine());
    assertEquals(
        "failed to parse stage name \"Builder\": invalid reference format: repository name must "
            + "be lowercase",
        e.getMessage());
  }

  @Test
  void br11_lowercaseBase_stageNameCasingOnLinesOneAndThree() {
    assertEquals(
        List.of(
            "1 StageNameCasing: Stage name 'Builder' should be lowercase",
            "3 StageNameCasing: Stage name 'Tests' should be lowercase"),
        br11StageNameCasing("FROM builder AS Tests"));
  }

  @Test
  void br11_lowercaseBaseAndName_stageNameCasingOnLineOneOnly() {
    assertEquals(
        List.of("1 StageNameCasing: Stage name 'Builder' should be lowercase"),
        br11StageNameCasing("FROM builder AS tests"));
  }

  /** StageNameCasing on BR-11 with its line 3 replaced by {@code line3}. */
  private static List<String> br11StageNameCasing(String line3) {
    String dockerfile =
        Pipeline.shared("cases/BR-11.Dockerfile").replace("FROM Builder AS Tests", line3);
    return Lint.of("StageNameCasing", dockerfile);
  }

  @Test
  void br20_misspeltStage_flaggedOnLineSevenWithSuggestion() {
    assertEquals(
        List.of(
            "7 CopyFromLooksLikeStage: --from=biuld matches no stage and will be pulled as the"
                + " image docker.io/library/biuld:latest (did you mean build?)"),
        findings("BR-20", List.of("CopyFromLooksLikeStage"), null));
  }

  @Test
  void br20_copyFromExternalImages_noFindingOnLinesTwoAndThree() {
    List<String> all = Lint.all(Pipeline.shared("cases/BR-20.Dockerfile"));
    assertEquals(
        List.of(), all.stream().filter(l -> l.startsWith("2 ") || l.startsWith("3 ")).toList());
  }

  @Test
  void br26_chownLayerDuplicatesAndNpmCacheIsLeft() {
    assertEquals(
        List.of(
            "4 PackageCacheLeft: cache of 'npm ci --omit=dev' left at /root/.npm in the image",
            "6 ChownInSeparateLayer: 'chown -R node:node /app' stores again what lines 3, 4, 5"
                + " wrote: about 155 MB ship twice in a stage that ships in the image"),
        findings("BR-26", List.of("PackageCacheLeft", "ChownInSeparateLayer"), null));
  }
}
