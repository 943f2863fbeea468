package dev.stagelens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagelens.fs.FileState;
import dev.stagelens.fs.TrackedPath;
import dev.stagelens.instruction.BuildOptions;
import dev.stagelens.rule.Finding;
import dev.stagelens.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks stagelens's own Dockerfiles with stagelens: lean final stages and no warnings. */
class ShippedDockerfilesTest {

  private static final Analyzer ANALYZER = Analyzer.withDefaults();

  private static Analysis analyze(String file) throws IOException {
    return ANALYZER.analyze(Files.readString(Path.of("docker", file)), BuildOptions.defaults());
  }

  private static List<String> paths(FileState state) {
    return state.paths().stream().map(TrackedPath::path).toList();
  }

  private static List<String> kinds(FileState state) {
    return state.paths().stream().map(TrackedPath::kind).distinct().sorted().toList();
  }

  private static List<Finding> warningOrWorse(Analysis analysis) {
    return analysis.findings().stream()
        .filter(f -> f.severity().compareTo(Severity.WARNING) <= 0)
        .toList();
  }

  private static List<Long> stageBytes(Analysis analysis) {
    return analysis.sizes().stages().stream().map(s -> s.bytes()).toList();
  }

  @Test
  void jvmImage_finalStageHoldsOnlyTheFastJar() throws IOException {
    Analysis analysis = analyze("Dockerfile.jvm");
    FileState shipped = analysis.files().finalStates().get(1);
    assertEquals(
        List.of(
            "/deployments",
            "/deployments/*.jar",
            "/deployments/app",
            "/deployments/lib",
            "/deployments/quarkus"),
        paths(shipped));
    assertEquals(List.of("build-output", "directory"), kinds(shipped));
  }

  @Test
  void jvmImage_builderHoldsSourcesAndBuildOutput() throws IOException {
    Analysis analysis = analyze("Dockerfile.jvm");
    assertEquals(
        List.of(
            "/build",
            "/build/.mvn/*",
            "/build/mvnw",
            "/build/openapi/*",
            "/build/pom.xml",
            "/build/src/main/*",
            "/build/target"),
        paths(analysis.files().finalStates().get(0)));
  }

  @Test
  void nativeImage_finalStageHoldsOnlyTheExecutable() throws IOException {
    Analysis analysis = analyze("Dockerfile.native");
    FileState shipped = analysis.files().finalStates().get(1);
    assertEquals(List.of("/work", "/work/application"), paths(shipped));
    assertEquals("build-output", shipped.get("/work/application").kind());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Dockerfile.jvm", "Dockerfile.native"})
  void image_firesNoWarningOrWorse(String file) throws IOException {
    assertEquals(List.of(), warningOrWorse(analyze(file)));
  }

  @ParameterizedTest
  @CsvSource({"Dockerfile.jvm, 549408000, 414400000", "Dockerfile.native, 345008000, 330000000"})
  void image_estimatesTheFinalStageBelowTheBuilder(String file, long builder, long shipped)
      throws IOException {
    Analysis analysis = analyze(file);
    assertEquals(List.of(builder, shipped), stageBytes(analysis));
    assertEquals(shipped, analysis.sizes().image().bytes());
  }
}
