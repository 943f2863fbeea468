package dev.stagelens.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.stagelens.testing.Processes;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifests under deploy/kubernetes fit together and probe paths the service answers. */
@QuarkusTest
class KubernetesManifestsTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static JsonNode manifest(String name) throws IOException {
    return YAML.readTree(Path.of("deploy", "kubernetes", name).toFile());
  }

  private static JsonNode container() throws IOException {
    return manifest("deployment.yaml").at("/spec/template/spec/containers/0");
  }

  private static List<String> probePaths() throws IOException {
    JsonNode c = container();
    return List.of("startupProbe", "readinessProbe", "livenessProbe").stream()
        .map(p -> c.at("/" + p + "/httpGet/path").asText())
        .toList();
  }

  /** Validates {@code files} with kubernetes-models' schemas of the Kubernetes API. */
  private static Processes.Outcome validate(String... files) throws Exception {
    Path tool = Path.of("tools", "kubernetes");
    Assumptions.assumeTrue(
        Files.isDirectory(tool.resolve("node_modules").resolve("kubernetes-models")),
        "kubernetes-models is not installed: run npm ci in tools/kubernetes (.ci/run does)");
    List<String> command = new ArrayList<>(List.of("node", "validate.mjs"));
    for (String file : files) {
      command.add(Path.of(file).toAbsolutePath().toString());
    }
    return Processes.run(new ProcessBuilder(command).directory(tool.toFile()), "");
  }

  @Test
  void manifests_validateAgainstTheKubernetesSchemas() throws Exception {
    Processes.Outcome outcome =
        validate(
            "deploy/kubernetes/deployment.yaml",
            "deploy/kubernetes/hpa.yaml",
            "deploy/kubernetes/service.yaml");

    assertEquals(0, outcome.exit(), outcome.output());
    assertEquals(3, outcome.output().lines().filter(l -> l.startsWith("valid: ")).count());
  }

  @Test
  void manifestWithAStringPort_isRejectedByTheSchemas(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("deployment.yaml");
    Files.writeString(
        broken,
        Files.readString(Path.of("deploy", "kubernetes", "deployment.yaml"))
            .replace("containerPort: 8080", "containerPort: \"8080\""));

    Processes.Outcome outcome = validate(broken.toString());

    assertEquals(1, outcome.exit(), outcome.output());
    assertTrue(
        outcome.output().contains("containers/0/ports/0/containerPort must be integer"),
        outcome.output());
  }

  @Test
  void probes_pointAtTheHealthEndpoints() throws IOException {
    assertEquals(List.of("/q/health/started", "/q/health/ready", "/q/health/live"), probePaths());
  }

  @Test
  void probes_areAnsweredUpByTheService() throws IOException {
    for (String path : probePaths()) {
      given().get(path).then().statusCode(200);
    }
  }

  @Test
  void probes_andService_useTheContainerPort() throws IOException {
    JsonNode c = container();
    assertEquals("http", c.at("/ports/0/name").asText());
    assertEquals(8080, c.at("/ports/0/containerPort").asInt());
    assertEquals("http", c.at("/readinessProbe/httpGet/port").asText());
    assertEquals("http", c.at("/livenessProbe/httpGet/port").asText());
    assertEquals("http", manifest("service.yaml").at("/spec/ports/0/targetPort").asText());
  }

  @Test
  void service_selectsThePodsOfTheDeployment() throws IOException {
    JsonNode deployment = manifest("deployment.yaml");
    JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
    assertEquals(podLabels, deployment.at("/spec/selector/matchLabels"));
    assertEquals(podLabels, manifest("service.yaml").at("/spec/selector"));
  }

  @Test
  void autoscaler_scalesTheDeploymentOnCpu() throws IOException {
    JsonNode hpa = manifest("hpa.yaml");
    assertEquals("Deployment", hpa.at("/spec/scaleTargetRef/kind").asText());
    assertEquals(
        manifest("deployment.yaml").at("/metadata/name").asText(),
        hpa.at("/spec/scaleTargetRef/name").asText());
    assertEquals("cpu", hpa.at("/spec/metrics/0/resource/name").asText());
    assertEquals(70, hpa.at("/spec/metrics/0/resource/target/averageUtilization").asInt());
  }

  @Test
  void deployment_runsAsTheImagesNonRootUser() throws IOException {
    JsonNode pod = manifest("deployment.yaml").at("/spec/template/spec/securityContext");
    assertEquals(185, pod.at("/runAsUser").asInt());
    assertEquals(true, pod.at("/runAsNonRoot").asBoolean());
  }
}
