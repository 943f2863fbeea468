package dev.stagelens.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagelens.testing.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileTrackerTest {

  private static List<String> present(StepRecord step) {
    return step.files().after().paths().stream().map(TrackedPath::path).toList();
  }

  private static List<String> paths(List<TrackedPath> entries) {
    return entries.stream().map(TrackedPath::path).toList();
  }

  private static FileReport track(String dockerfile) {
    return Pipeline.run(dockerfile).files();
  }

  @Test
  void tutorial_presentAfterEveryStep_matchesTheExpectedTable() {
    FileReport report = track(Pipeline.shared("cases/tutorial/Dockerfile"));
    List<StepRecord> steps = report.steps();
    assertEquals(10, steps.size());
    assertEquals(List.of("/app"), present(steps.get(1)));
    assertEquals(List.of("/app", "/app/package.json"), present(steps.get(2)));
    assertEquals(
        List.of("/app", "/app/node_modules", "/app/package.json", "/root/.npm"),
        present(steps.get(3)));
    assertEquals(
        List.of("/app", "/app/*", "/app/node_modules", "/app/package.json", "/root/.npm"),
        present(steps.get(4)));
    assertEquals(List.of("/app/dist"), paths(steps.get(5).files().added()));
    assertEquals(List.of(), present(steps.get(6)));
    assertEquals(List.of("/app"), present(steps.get(7)));
    assertEquals(List.of("/app", "/app/dist"), present(steps.get(8)));
    assertEquals(List.of("/app/dist"), paths(steps.get(8).files().added()));
    assertEquals(present(steps.get(8)), present(steps.get(9)));
    assertEquals(false, steps.get(9).layer());
  }

  @Test
  void copyFrom_keepsTheKindAndContentOfTheSource() {
    FileReport report = track(Pipeline.shared("cases/tutorial/Dockerfile"));
    TrackedPath dist = report.finalStates().get(1).get("/app/dist");
    assertEquals("build-output", dist.kind());
    assertEquals("npm run build", dist.content());
    assertEquals("COPY --from=build", dist.origin());
  }

  @Test
  void laterLayerDeletion_isHiddenButSameLayerCleanupIsNot() {
    FileReport report =
        track(
            "FROM debian:bookworm-slim\n"
                + "RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n"
                + "RUN apt-get update && apt-get install -y jq\n"
                + "RUN rm -rf /var/lib/apt/lists/*\n");
    assertEquals(List.of(), paths(report.steps().get(1).files().hidden()));
    assertEquals(
        "directory", report.steps().get(1).files().after().get("/var/lib/apt/lists").kind());
    assertEquals(List.of("/var/lib/apt/lists"), paths(report.steps().get(3).files().hidden()));
  }

  @Test
  void cacheMountTargets_doNotEnterTheLayer() {
    FileReport report =
        track(
            "FROM python:3.12-slim\n"
                + "RUN --mount=type=cache,target=/root/.cache/pip pip install torch\n");
    assertEquals(
        List.of("/usr/local/lib/python3/site-packages"),
        paths(report.steps().get(1).files().added()));
  }

  @Test
  void goStaticBinaryOntoScratch_holdsOnlyTheBinary() {
    FileReport report =
        track(
            "FROM golang:1.26 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\n"
                + "RUN go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app ./cmd/app\n"
                + "FROM scratch\nCOPY --from=build /out/app /app\nENTRYPOINT [\"/app\"]\n");
    assertEquals(List.of("/app"), paths(List.copyOf(report.finalStates().get(1).paths())));
    assertEquals("build-output", report.finalStates().get(1).get("/app").kind());
  }

  @Test
  void venvCopiedToSlimRuntime_carriesTheDependencies() {
    FileReport report =
        track(
            "FROM python:3.12 AS builder\nRUN python -m venv /opt/venv\n"
                + "ENV PATH=/opt/venv/bin:$PATH\nCOPY requirements.txt .\n"
                + "RUN pip install --no-cache-dir -r requirements.txt\n"
                + "FROM python:3.12-slim\nCOPY --from=builder /opt/venv /opt/venv\n");
    assertEquals(
        List.of("/opt/venv", "/requirements.txt"),
        paths(List.copyOf(report.finalStates().get(0).paths())));
    assertEquals(List.of("/opt/venv"), paths(List.copyOf(report.finalStates().get(1).paths())));
  }

  @Test
  void mavenOntoJre_copiesOnlyTheJar() {
    FileReport report =
        track(
            "FROM maven:3.9-eclipse-temurin-17 AS build\nWORKDIR /build\nCOPY pom.xml .\n"
                + "RUN mvn -B dependency:go-offline\nCOPY src ./src\nRUN mvn -B package -DskipTests\n"
                + "FROM eclipse-temurin:17-jre\nCOPY --from=build /build/target/app.jar /app.jar\n");
    assertEquals(
        List.of(
            "/build", "/build/pom.xml", "/build/src/*", "/build/target", "/root/.m2/repository"),
        paths(List.copyOf(report.finalStates().get(0).paths())));
    assertEquals(List.of("/app.jar"), paths(List.copyOf(report.finalStates().get(1).paths())));
  }

  @Test
  void copyFromStage_directorySourceIntoDirectory_writesItsContentsNotItsName() {
    FileReport report =
        track(
            "FROM maven:3.9-eclipse-temurin-17 AS build\nWORKDIR /build\n"
                + "RUN mvn -B package -DskipTests\nFROM eclipse-temurin:17-jre\nWORKDIR /app\n"
                + "COPY --from=build /build/target/quarkus-app/lib/ lib/\n"
                + "COPY --from=build /build/target/quarkus-app/quarkus-run.jar ./\n");
    assertEquals(
        List.of("/app", "/app/lib", "/app/quarkus-run.jar"),
        paths(List.copyOf(report.finalStates().get(1).paths())));
  }

  @Test
  void br13_bindMountFromStage_leavesOnlyTheCopiedFile() {
    FileReport report = track(Pipeline.shared("cases/BR-13.Dockerfile"));
    assertEquals(
        List.of("/usr/share/nginx/html/app.js"),
        paths(List.copyOf(report.finalStates().get(2).paths())));
  }
}
