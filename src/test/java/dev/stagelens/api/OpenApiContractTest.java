package dev.stagelens.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The served contract is {@code openapi/openapi.yaml}, and it names every endpoint. */
@QuarkusTest
class OpenApiContractTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static JsonNode contractFile() throws IOException {
    return YAML.readTree(Files.readString(java.nio.file.Path.of("openapi", "openapi.yaml")));
  }

  private static JsonNode served() throws IOException {
    String body =
        given()
            .accept("application/yaml")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return YAML.readTree(body);
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void servedDocument_hasTheFilesPathsAndOperations() throws IOException {
    JsonNode file = contractFile();
    JsonNode served = served();
    assertEquals(fieldNames(file.get("paths")), fieldNames(served.get("paths")));
    for (String path : fieldNames(file.get("paths"))) {
      assertEquals(file.get("paths").get(path), served.get("paths").get(path), path);
    }
  }

  @Test
  void servedDocument_hasTheFilesSchemas() throws IOException {
    JsonNode fileSchemas = contractFile().get("components").get("schemas");
    JsonNode servedSchemas = served().get("components").get("schemas");
    assertEquals(fieldNames(fileSchemas), fieldNames(servedSchemas));
    for (String name : fieldNames(fileSchemas)) {
      assertEquals(fileSchemas.get(name), servedSchemas.get(name), name);
    }
  }

  @Test
  void everyResourceMethod_isInTheContract() throws IOException {
    JsonNode paths = contractFile().get("paths");
    Set<String> missing = new TreeSet<>();
    for (Class<?> resource : resourceClasses()) {
      String base = resource.getAnnotation(Path.class).value();
      for (Method method : resource.getDeclaredMethods()) {
        String verb =
            method.isAnnotationPresent(POST.class)
                ? "post"
                : method.isAnnotationPresent(GET.class) ? "get" : null;
        if (verb == null) {
          continue;
        }
        Path sub = method.getAnnotation(Path.class);
        String full = sub == null ? base : base + sub.value();
        if (!paths.has(full) || !paths.get(full).has(verb)) {
          missing.add(verb.toUpperCase() + " " + full);
        }
      }
    }
    assertTrue(missing.isEmpty(), "endpoints missing from openapi/openapi.yaml: " + missing);
  }

  private static Set<Class<?>> resourceClasses() {
    Set<Class<?>> out = new java.util.HashSet<>();
    new com.tngtech.archunit.core.importer.ClassFileImporter()
        .importPackages("dev.stagelens.api").stream()
            .filter(c -> c.isAnnotatedWith(Path.class))
            .forEach(c -> out.add(c.reflect()));
    assertTrue(!out.isEmpty(), "no JAX-RS resource found in dev.stagelens.api");
    return out;
  }

  @Test
  void everyOperation_hasSummaryDescriptionBothExamplesAndDocumentedErrors() throws IOException {
    JsonNode file = contractFile();
    Set<String> gaps = new TreeSet<>();
    file.get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(op -> gaps.addAll(gaps(path.getKey(), op.getValue()))));
    assertEquals(Set.of(), gaps);
  }

  private static Set<String> gaps(String path, JsonNode operation) {
    Set<String> out = new TreeSet<>();
    for (String field : new String[] {"summary", "description"}) {
      if (operation.path(field).asText("").isBlank()) {
        out.add(path + " has no " + field);
      }
    }
    if (operation.path("requestBody").isMissingNode()) {
      if (!fieldNames(operation.path("responses")).contains("500")) {
        out.add(path + " documents no 500");
      }
      return out;
    }
    Set<String> examples = new TreeSet<>();
    operation
        .path("requestBody")
        .path("content")
        .forEach(media -> media.path("examples").fieldNames().forEachRemaining(examples::add));
    if (!examples.containsAll(Set.of("two-stage-node", "ml-image"))) {
      out.add(path + " lacks the two-stage-node and ml-image examples: " + examples);
    }
    Set<String> statuses = fieldNames(operation.path("responses"));
    if (!statuses.containsAll(Set.of("400", "406", "413", "415", "500"))) {
      out.add(path + " documents only " + statuses);
    }
    return out;
  }

  @Test
  void swaggerUi_isServed() {
    given().get("/q/swagger-ui/").then().statusCode(200);
  }
}
