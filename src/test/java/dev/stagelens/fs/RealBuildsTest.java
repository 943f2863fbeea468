package dev.stagelens.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagelens.testing.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paths of every step of builds people write, from the tutorials' multi-stage patterns. */
class RealBuildsTest {

  private static List<StepRecord> steps(String dockerfile) {
    return Pipeline.run(dockerfile).files().steps();
  }

  private static List<String> present(StepRecord step) {
    return step.files().after().paths().stream().map(TrackedPath::path).toList();
  }

  private static List<String> paths(List<TrackedPath> entries) {
    return entries.stream().map(TrackedPath::path).toList();
  }

  @Test
  void pythonMlImage_venvBuiltInABuilderIsAllTheRuntimeGets() {
    List<StepRecord> steps =
        steps(
            "FROM python:3.12 AS builder\n"
                + "RUN python -m venv /opt/venv\n"
                + "ENV PATH=/opt/venv/bin:$PATH\n"
                + "WORKDIR /build\n"
                + "COPY requirements.txt .\n"
                + "RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n"
                + "FROM python:3.12-slim\n"
                + "COPY --from=builder /opt/venv /opt/venv\n"
                + "WORKDIR /app\n"
                + "COPY model.py .\n");
    assertEquals(List.of("/opt/venv"), present(steps.get(1)));
    assertEquals(List.of("/build", "/build/requirements.txt", "/opt/venv"), present(steps.get(4)));
    assertEquals(List.of("/opt/venv"), paths(steps.get(5).files().added()));
    assertEquals(List.of(), present(steps.get(6)));
    assertEquals(List.of("/opt/venv"), present(steps.get(7)));
    assertEquals(List.of("/app", "/app/model.py", "/opt/venv"), present(steps.get(9)));
  }

  @Test
  void goStaticBinary_everyStepOfTheBuilderAndScratch() {
    List<StepRecord> steps =
        steps(
            "FROM golang:1.23 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\n"
                + "RUN go mod download\nCOPY . .\n"
                + "RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server\n"
                + "FROM scratch\nCOPY --from=build /out/server /server\n");
    assertEquals(List.of("/src", "/src/go.mod", "/src/go.sum"), present(steps.get(2)));
    assertEquals(
        List.of("/go/pkg/mod", "/src", "/src/go.mod", "/src/go.sum"), present(steps.get(3)));
    assertEquals(
        List.of("/go/pkg/mod", "/out/server", "/root/.cache/go-build"),
        paths(steps.get(5).files().added()));
    assertEquals(List.of("/server"), present(steps.get(7)));
  }

  @Test
  void mavenOntoJre_theBuildStageKeepsTheRepositoryTheImageOnlyTheJar() {
    List<StepRecord> steps =
        steps(
            "FROM maven:3.9-eclipse-temurin-21 AS build\nWORKDIR /w\nCOPY pom.xml .\n"
                + "RUN mvn -B dependency:go-offline\nCOPY src src\nRUN mvn -B package\n"
                + "FROM eclipse-temurin:21-jre\nWORKDIR /opt/app\n"
                + "COPY --from=build /w/target/app.jar app.jar\n");
    assertEquals(List.of("/root/.m2/repository"), paths(steps.get(3).files().added()));
    assertEquals(List.of("/root/.m2/repository", "/w/target"), paths(steps.get(5).files().added()));
    assertEquals(List.of("/opt/app", "/opt/app/app.jar"), present(steps.get(8)));
    assertEquals("build-output", steps.get(8).files().after().get("/opt/app/app.jar").kind());
  }

  @Test
  void cudaDevelToRuntime_onlyTheCompiledBinaryCrosses() {
    List<StepRecord> steps =
        steps(
            "FROM nvidia/cuda:12.4.1-devel-ubuntu22.04 AS build\n"
                + "RUN apt-get update && apt-get install -y --no-install-recommends cmake "
                + "&& rm -rf /var/lib/apt/lists/*\n"
                + "WORKDIR /src\nCOPY kernel.cu .\nRUN nvcc -O3 -o /out/kernel kernel.cu\n"
                + "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\n"
                + "COPY --from=build /out/kernel /usr/local/bin/kernel\n");
    assertEquals(List.of("/usr", "/var/lib/apt/lists", "/var/lib/dpkg"), present(steps.get(1)));
    assertEquals(List.of(), paths(steps.get(1).files().hidden()));
    assertEquals(List.of("/out/kernel"), paths(steps.get(4).files().added()));
    assertEquals(Certainty.INFERRED, steps.get(4).files().after().get("/out/kernel").certainty());
    assertEquals(List.of("/usr/local/bin/kernel"), present(steps.get(6)));
  }

  @Test
  void br25_listsCleanedInALaterLayerAreHiddenNotGone() {
    List<StepRecord> steps = steps(Pipeline.shared("cases/BR-25.Dockerfile"));
    assertEquals(List.of("/usr", "/var/lib/apt/lists", "/var/lib/dpkg"), present(steps.get(1)));
    assertEquals(List.of(), paths(steps.get(2).files().added()));
    assertEquals(List.of("/var/lib/apt/lists"), paths(steps.get(3).files().hidden()));
    assertEquals("directory", steps.get(3).files().after().get("/var/lib/apt/lists").kind());
  }

  @Test
  void br26_chownRewritesTheAppTreeAndTheNpmCacheStays() {
    List<StepRecord> steps = steps(Pipeline.shared("cases/BR-26.Dockerfile"));
    assertEquals(
        List.of(
            "/app",
            "/app/*",
            "/app/node_modules",
            "/app/package-lock.json",
            "/app/package.json",
            "/root/.npm"),
        present(steps.get(7)));
  }

  @Test
  void br06_crlfHeredocWritesAPathEndingInCarriageReturn() {
    List<StepRecord> steps = steps(Pipeline.shared("cases/BR-06.Dockerfile"));
    assertEquals(List.of("/tmp/output\r"), present(steps.get(1)));
  }

  @Test
  void br13_theBindMountTargetNeverEntersTheLayer() {
    List<StepRecord> steps = steps(Pipeline.shared("cases/BR-13.Dockerfile"));
    assertEquals(List.of("/usr/share/nginx/html/app.js"), present(steps.get(5)));
    assertEquals(List.of("/x.txt"), present(steps.get(3)));
  }
}
