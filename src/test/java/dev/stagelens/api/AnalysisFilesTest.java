package dev.stagelens.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagelens.testing.Tars;
import dev.stagelens.testing.Tars.Entry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The detailed files of an analysis: contexts listed or uploaded, the table, tracker and image. */
@QuarkusTest
class AnalysisFilesTest {

  private static final String TUTORIAL = SharedFiles.read("cases/tutorial/Dockerfile");

  private static JsonPath json(Map<String, Object> body, int status) {
    return given()
        .contentType("application/json")
        .body(body)
        .post("/api/v1/analyses")
        .then()
        .statusCode(status)
        .extract()
        .jsonPath();
  }

  private static JsonPath tutorial() {
    return given()
        .contentType("text/plain")
        .body(TUTORIAL)
        .post("/api/v1/analyses")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static JsonPath upload(String dockerfile, byte[] context, int status) {
    return given()
        .multiPart("dockerfile", dockerfile)
        .multiPart("context", "context.tar.gz", context, "application/gzip")
        .post("/api/v1/analyses")
        .then()
        .statusCode(status)
        .extract()
        .jsonPath();
  }

  @Test
  void listedContext_br24_givesExactFilesAndTheMissingSource() {
    List<Map<String, Object>> files =
        List.of(
            Map.of("path", "package.json", "size", 120),
            Map.of("path", "src/index.js", "size", 300),
            Map.of("path", ".env", "size", 12),
            Map.of("path", "README.md", "size", 900),
            Map.of("path", "node_modules/x/index.js", "size", 5000));
    Map<String, Object> context =
        Map.of("files", files, "dockerignore", SharedFiles.read("cases/BR-24.dockerignore"));
    JsonPath json =
        json(
            Map.of("dockerfile", SharedFiles.read("cases/BR-24.Dockerfile"), "context", context),
            200);
    assertEquals(
        List.of("/app", "/app/package.json", "/app/src/index.js"),
        json.getList("steps[3].present"));
    assertEquals(300, json.getInt("steps[3].files.added[0].bytes"));
    assertEquals("declared", json.getString("steps[3].files.added[0].certainty"));
    assertEquals(List.of(".env"), json.getList("steps[4].missingSources"));
    assertEquals(
        List.of(".env", "README.md", "node_modules/x/index.js"), json.getList("context.excluded"));
    assertEquals(2, json.getInt("context.files"));
  }

  @Test
  void uploadedContext_givesSizesFromTheTar() {
    byte[] context =
        Tars.tar(
            true,
            Entry.file("package.json", "{\"name\":\"x\"}\n"),
            Entry.file("src/index.js", "console.log(1)\n"),
            Entry.file(".dockerignore", "node_modules\n"),
            Entry.file("node_modules/left-pad/index.js", "module.exports = 1;\n"));
    JsonPath json = upload("FROM node:22-alpine\nWORKDIR /app\nCOPY . .\n", context, 200);
    assertEquals(
        List.of("/app/.dockerignore", "/app/package.json", "/app/src/index.js"),
        json.getList("steps[2].added"));
    assertEquals(List.of(13, 13, 15), json.getList("steps[2].files.added.bytes"));
    assertEquals(List.of("node_modules/left-pad/index.js"), json.getList("context.excluded"));
  }

  @Test
  void uploadedContextWithTraversal_is400() {
    byte[] context = Tars.tar(false, Entry.file("../../etc/passwd", "x"));
    JsonPath json = upload("FROM alpine\nCOPY . /\n", context, 400);
    assertEquals(
        "context entry '../../etc/passwd' points outside the context: remove its '../' segments",
        json.getString("detail"));
  }

  @Test
  void uploadedCompressionBomb_is413NamingTheLimit() {
    byte[] context = Tars.tar(true, Entry.file("zeros", new byte[8 << 20]));
    JsonPath json = upload("FROM alpine\nCOPY . /\n", context, 413);
    assertEquals("urn:stagelens:problem:limit-exceeded", json.getString("type"));
    assertEquals(
        true, json.getString("detail").endsWith("(limit stagelens.context.max-ratio = 200)"));
  }

  @Test
  void uploadWithoutDockerfile_is400() {
    JsonPath json =
        given()
            .multiPart("target", "x")
            .post("/api/v1/analyses")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertEquals(
        "part 'dockerfile' is required: send the Dockerfile text in it", json.getString("detail"));
  }

  @Test
  void tutorial_tableHasOneRowPerInstruction() {
    JsonPath json = tutorial();
    assertEquals(10, json.getList("table").size());
    assertEquals(
        Map.of(
            "step",
            4,
            "stage",
            0,
            "stageName",
            "build",
            "line",
            4,
            "keyword",
            "RUN",
            "action",
            "RUN npm install",
            "layer",
            true,
            "filesPresent",
            4,
            "sizeImpact",
            json.getLong("steps[3].size.bytes")),
        normalise(json.getMap("table[3]")));
  }

  private static Map<String, Object> normalise(Map<String, Object> row) {
    java.util.Map<String, Object> out = new java.util.HashMap<>(row);
    out.put("sizeImpact", ((Number) row.get("sizeImpact")).longValue());
    return out;
  }

  @Test
  void tutorial_trackerShowsEachStageStartLayersAndEnd() {
    JsonPath json = tutorial();
    assertEquals(List.of(), json.getList("tracker[1].start"));
    assertEquals(List.of(10), json.getList("tracker[1].layers.line").subList(1, 2));
    assertEquals(List.of("/app", "/app/dist"), json.getList("tracker[1].end.path"));
    assertEquals(List.of(9, 10), json.getList("tracker[1].layers.line"));
  }

  @Test
  void tutorial_imageHoldsTheBaseAndDistFromTheBuildStage() {
    JsonPath json = tutorial();
    assertEquals(List.of("/", "/app", "/app/dist"), json.getList("image.paths.path"));
    assertEquals(List.of("base", "step", "step"), json.getList("image.paths.origin"));
    assertEquals("docker.io/library/node:18-slim", json.getString("image.baseImage"));
    assertEquals("build-output", json.getString("image.paths[2].kind"));
    assertEquals(1, json.getInt("image.paths[2].stage"));
    assertEquals(10, json.getInt("image.paths[2].line"));
  }

  @Test
  void depth_foldsDeeperPaths() {
    byte[] context =
        Tars.tar(false, Entry.file("a/b/c/d.txt", "1234"), Entry.file("a/b/e.txt", "12"));
    JsonPath json =
        given()
            .queryParam("depth", 2)
            .multiPart("dockerfile", "FROM alpine\nCOPY . /\n")
            .multiPart("context", "c.tar", context, "application/x-tar")
            .post("/api/v1/analyses")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(List.of("/a/b"), json.getList("steps[1].files.added.path"));
    assertEquals(6, json.getInt("steps[1].files.added[0].bytes"));
    assertEquals(2, json.getInt("steps[1].files.added[0].folded"));
  }

  @Test
  void depthBelowOne_is400() {
    JsonPath json =
        given()
            .contentType("text/plain")
            .queryParam("depth", 0)
            .body("FROM alpine\n")
            .post("/api/v1/analyses")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertEquals("depth 0 is too small: give 1 or more", json.getString("detail"));
  }
}
