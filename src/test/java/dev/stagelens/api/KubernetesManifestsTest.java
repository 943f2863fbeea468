package dev.stagelens.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

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
