package dev.stagelens.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagelens.analysis.Analysis;
import dev.stagelens.analysis.AnalysisSettings;
import dev.stagelens.analysis.Analyzer;
import dev.stagelens.instruction.BuildOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The optimiser on four single-stage builds, one file with nothing safe to do, and the shared
 * tutorial.
 */
class OptimizerTest {

  private static final Analyzer ANALYZER = Analyzer.withDefaults();
  private static final Optimizer OPTIMIZER = new Optimizer(ANALYZER);

  @Test
  void optimize_singleStageNode_splitsIntoBuilderAndSlimRuntime() {
    Optimization result = optimize("node-single-stage");

    assertEquals(
        """
        FROM node:18 AS build
        WORKDIR /app
        COPY package.json .
        RUN npm install
        COPY . .
        RUN npm run build
        RUN npm prune --omit=dev
        CMD ["node", "dist/index.js"]

        FROM node:18-slim
        WORKDIR /app
        COPY --from=build /app /app
        CMD ["node", "dist/index.js"]
        """,
        result.rewritten());
    assertEquals(List.of("multi-stage"), rewrites(result));
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), result.changes().get(0).lines());
    assertEquals(1_440_004_000L, result.beforeBytes());
    assertEquals(387_334_000L, result.afterBytes());
    assertEquals(1_052_670_000L, result.savedBytes());
  }

  @Test
  void optimize_singleStageNode_keepsTheImageBehaviour() {
    Optimization result = optimize("node-single-stage");

    Analysis after = analyse(result.rewritten());
    Behaviour behaviour = Behaviour.of(after);
    assertEquals("exec [node, dist/index.js]", behaviour.cmd());
    assertEquals("/app", behaviour.workdir());
    assertEquals(
        List.of(), Behaviour.of(analyse(result.original())).differences(behaviour, Set.of()));
    assertEquals(1, after.graph().target().index());
  }

  @Test
  void optimize_pythonMlImage_splitsIntoVenvAndMergesApt() {
    Optimization result = optimize("python-ml");

    assertEquals(List.of("multi-stage", "apt-lists"), rewrites(result));
    assertEquals(List.of(2, 3), result.changes().get(1).lines());
    assertTrue(
        result
            .rewritten()
            .endsWith(
                """
            FROM python:3.11-slim
            RUN apt-get update \\
                && apt-get install --no-install-recommends -y build-essential git libgl1 \\
                && rm -rf /var/lib/apt/lists/*
            WORKDIR /app
            EXPOSE 8000
            ENV HF_HOME=/app/.cache
            COPY --from=build /opt/venv /opt/venv
            COPY --from=build /app /app
            ENV PATH="/opt/venv/bin:$PATH"
            CMD ["python", "serve.py"]
            """),
        result.rewritten());
    assertEquals(7_019_645_344L, result.beforeBytes());
    assertEquals(5_670_009_466L, result.afterBytes());
  }

  @Test
  void optimize_pythonMlImage_changesOnlyPathInTheEnvironment() {
    Optimization result = optimize("python-ml");

    Behaviour before = Behaviour.of(analyse(result.original()));
    Behaviour after = Behaviour.of(analyse(result.rewritten()));
    assertEquals(List.of(), before.differences(after, Set.of("PATH")));
    assertEquals("exec [python, serve.py]", after.cmd());
    assertEquals(Set.of("8000"), after.ports());
    assertEquals(
        "/opt/venv/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        after.env().get("PATH"));
  }

  @Test
  void optimize_mavenApp_shipsTheTargetFolderOnTheJre() {
    Optimization result = optimize("maven-app");

    assertTrue(
        result
            .rewritten()
            .endsWith(
                """
            FROM eclipse-temurin:17-jre
            WORKDIR /src
            EXPOSE 8080
            USER 1001
            COPY --from=build /src/target /src/target
            ENTRYPOINT ["java", "-jar", "target/app.jar"]
            """),
        result.rewritten());
    Behaviour after = Behaviour.of(analyse(result.rewritten()));
    assertEquals("exec [java, -jar, target/app.jar]", after.entrypoint());
    assertEquals("1001", after.user());
    assertEquals(Set.of("8080"), after.ports());
    assertEquals(839_404_000L, result.beforeBytes());
    assertEquals(324_400_000L, result.afterBytes());
  }

  @Test
  void optimize_goApp_shipsTheStaticBinaryOnAlpine() {
    Optimization result = optimize("go-app");

    assertTrue(result.rewritten().startsWith("FROM golang:1.26 AS build\nENV CGO_ENABLED=0\n"));
    assertTrue(
        result
            .rewritten()
            .endsWith(
                """
            FROM alpine:3.24
            WORKDIR /src
            EXPOSE 8080
            USER 65532:65532
            COPY --from=build /out/server /out/server
            ENTRYPOINT ["/out/server"]
            """),
        result.rewritten());
    Behaviour after = Behaviour.of(analyse(result.rewritten()));
    assertEquals("exec [/out/server]", after.entrypoint());
    assertEquals("65532:65532", after.user());
    assertEquals(1_193_778_000L, result.beforeBytes());
    assertEquals(23_420_000L, result.afterBytes());
  }

  @Test
  void optimize_goApp_diffShowsOnlyTheTouchedLines() {
    Optimization result = optimize("go-app");

    assertTrue(
        result
            .diff()
            .startsWith(
                "--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,4 +1,5 @@\n"
                    + "-FROM golang:1.26\n+FROM golang:1.26 AS build\n+ENV CGO_ENABLED=0\n"),
        result.diff());
  }

  @Test
  void optimize_jdkImageWithoutCommand_dropsTheJreSwapAndSaysNothingIsSafe() {
    Optimization result = optimize("jdk-no-command");

    assertEquals(List.of(), result.changes());
    assertEquals(result.original(), result.rewritten());
    assertEquals("", result.diff());
    assertEquals(1, result.dropped().size());
    assertEquals("runtime-base", result.dropped().get(0).rewrite());
    assertEquals(List.of(1), result.dropped().get(0).lines());
    assertEquals(
        "CMD would change from from the base image eclipse-temurin:17-jdk to from the base "
            + "image eclipse-temurin:17-jre",
        result.dropped().get(0).reason());
    assertEquals(
        "Nothing can be changed safely: 1 rewrite(s) were tried and dropped; see dropped.",
        result.statement());
    assertEquals(0, result.savedBytes());
  }

  @Test
  void optimize_twoStageTutorial_hasNothingToDo() throws IOException {
    Optimization result =
        OPTIMIZER.optimize(
            Files.readString(Path.of("..", "shared", "cases", "tutorial", "Dockerfile")),
            BuildOptions.defaults(),
            AnalysisSettings.DEFAULTS);

    assertEquals(List.of(), result.changes());
    assertEquals(List.of(), result.dropped());
    assertEquals(
        "Nothing can be changed safely: no rewrite applies to this Dockerfile.",
        result.statement());
    assertEquals(Optional.of(List.of(5)), result.dockerignore().map(IgnoreAdvice::lines));
  }

  @Test
  void optimize_aptInstallInTheImage_addsNoRecommendsAndCleanup() {
    Optimization result =
        OPTIMIZER.optimize(
            "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl\n"
                + "CMD [\"curl\", \"--version\"]\n",
            BuildOptions.defaults(),
            AnalysisSettings.DEFAULTS);

    assertEquals(
        "FROM debian:bookworm-slim\nRUN apt-get update \\\n"
            + "    && apt-get install --no-install-recommends -y curl \\\n"
            + "    && rm -rf /var/lib/apt/lists/*\nCMD [\"curl\", \"--version\"]\n",
        result.rewritten());
    assertEquals(List.of(2), result.changes().get(0).lines());
  }

  @Test
  void optimize_laterRunInstallsFromTheLists_keepsThem() {
    String original =
        "FROM debian:bookworm-slim AS base\nRUN apt-get update && apt-get install -y gnupg\n"
            + "RUN apt install -y curl\n"
            + "FROM base\nRUN apt-get install -y git\nCMD [\"curl\", \"--version\"]\n";

    Optimization result =
        OPTIMIZER.optimize(original, BuildOptions.defaults(), AnalysisSettings.DEFAULTS);

    assertFalse(result.rewritten().contains("/var/lib/apt/lists"), result.rewritten());
    assertTrue(
        result
            .rewritten()
            .startsWith(
                "FROM debian:bookworm-slim AS base\nRUN apt-get update \\\n"
                    + "    && apt-get install --no-install-recommends -y gnupg\n"
                    + "RUN apt install -y curl\n"),
        result.rewritten());
  }

  @Test
  void optimize_laterRunUpdatesBeforeItInstalls_stillRemovesTheLists() {
    Optimization result =
        OPTIMIZER.optimize(
            "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y gnupg\n"
                + "RUN apt-get update && apt-get install -y curl\nCMD [\"curl\"]\n",
            BuildOptions.defaults(),
            AnalysisSettings.DEFAULTS);

    assertTrue(
        result
            .rewritten()
            .startsWith(
                "FROM debian:bookworm-slim\nRUN apt-get update \\\n"
                    + "    && apt-get install --no-install-recommends -y gnupg \\\n"
                    + "    && rm -rf /var/lib/apt/lists/*\n"),
        result.rewritten());
  }

  @Test
  void optimize_pipAndApkInTheImage_disablesTheirCaches() {
    Optimization result =
        OPTIMIZER.optimize(
            "FROM python:3.12-alpine\nRUN apk add gcc && pip install flask\nCMD [\"flask\"]\n",
            BuildOptions.defaults(),
            AnalysisSettings.DEFAULTS);

    assertEquals(
        "FROM python:3.12-alpine\n"
            + "RUN apk add --no-cache gcc \\\n    && pip install --no-cache-dir flask\n"
            + "CMD [\"flask\"]\n",
        result.rewritten());
    assertEquals(List.of("package-cache"), rewrites(result));
  }

  private static Optimization optimize(String name) {
    try {
      String text =
          Files.readString(Path.of("src/test/resources/optimize/" + name + ".Dockerfile"));
      return OPTIMIZER.optimize(text, BuildOptions.defaults(), AnalysisSettings.DEFAULTS);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Analysis analyse(String text) {
    return ANALYZER.analyze(text, BuildOptions.defaults());
  }

  private static List<String> rewrites(Optimization result) {
    return result.changes().stream().map(Change::rewrite).toList();
  }
}
