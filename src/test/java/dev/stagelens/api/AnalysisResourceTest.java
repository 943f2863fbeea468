package dev.stagelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AnalysisResourceTest {

  private static final String TUTORIAL = SharedFiles.read("cases/tutorial/Dockerfile");

  private static JsonPath analyse(String dockerfile) {
    return given()
        .contentType("text/plain")
        .body(dockerfile)
        .post("/api/v1/analyses")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .extract()
        .jsonPath();
  }

  @Test
  void tutorial_twoStagesOneCopyEdgeAndASmallerImage() {
    JsonPath json = analyse(TUTORIAL);
    assertTrue(json.getList("stages").size() == 2);
    assertTrue(json.getString("stages[0].name").equals("build"));
    assertTrue(json.get("stages[1].name") == null);
    assertTrue(json.getString("stages[1].baseImage").equals("docker.io/library/node:18-slim"));
    assertTrue(json.getList("edges").size() == 1);
    assertTrue(
        json.getMap("edges[0]")
            .equals(
                Map.of("from", 0, "to", 1, "kind", "copy", "line", 10).entrySet().stream()
                        .allMatch(e -> json.getMap("edges[0]").get(e.getKey()).equals(e.getValue()))
                    ? json.getMap("edges[0]")
                    : Map.of()));
    assertTrue(json.getList("target.buildOrder").equals(java.util.List.of(0, 1)));
    java.util.List<String> finalPresent = json.getList("steps[8].present");
    assertTrue(finalPresent.contains("/app/dist"), finalPresent.toString());
    assertTrue(!finalPresent.contains("/app/node_modules"), finalPresent.toString());
    long image = json.getLong("sizes.image.bytes");
    long build = json.getLong("sizes.stages[0].bytes");
    assertTrue(image * 3 < build, "image " + image + " should be well below build stage " + build);
  }

  @Test
  void tutorial_edgeAndStepsHaveExactFields() {
    given()
        .contentType("text/plain")
        .body(TUTORIAL)
        .post("/api/v1/analyses")
        .then()
        .statusCode(200)
        .body("edges[0].from", equalTo(0))
        .body("edges[0].to", equalTo(1))
        .body("edges[0].kind", equalTo("copy"))
        .body("edges[0].line", equalTo(10))
        .body("edges[0].image", nullValue())
        .body("steps", hasSize(10))
        .body("steps[3].instruction", equalTo("RUN npm install"))
        .body("steps[3].added", contains("/app/node_modules", "/root/.npm"))
        .body("steps[8].present", contains("/app", "/app/dist"))
        .body("steps[9].size.bytes", equalTo(0))
        .body("stages[0].built", equalTo(true))
        .body("stages[1].startLine", equalTo(8))
        .body("stages[1].endLine", equalTo(11));
  }

  @Test
  void singleStage_isItsOwnTarget() {
    given()
        .contentType("text/plain")
        .body("FROM alpine:3.20\nRUN apk add --no-cache curl\n")
        .post("/api/v1/analyses")
        .then()
        .statusCode(200)
        .body("stages", hasSize(1))
        .body("edges", hasSize(0))
        .body("target.stage", equalTo(0))
        .body("target.buildOrder", contains(0))
        .body("steps[1].added", contains("/lib/apk/db", "/usr"))
        .body("sizes.image.bytes", equalTo(8_300_000 + 20_000_000 + 300_000));
  }

  @Test
  void target_buildsOnlyWhatTheStageNeeds() {
    given()
        .contentType("text/plain")
        .queryParam("target", "build")
        .body(TUTORIAL)
        .post("/api/v1/analyses")
        .then()
        .statusCode(200)
        .body("target.stage", equalTo(0))
        .body("target.name", equalTo("build"))
        .body("target.buildOrder", contains(0))
        .body("target.skipped", contains(1))
        .body("stages[1].built", equalTo(false));
  }

  @Test
  void jsonBody_takesBuildArgsAndTarget() {
    given()
        .contentType("application/json")
        .body(
            Map.of(
                "dockerfile", "ARG TAG=3.19\nFROM alpine:${TAG} AS base\nFROM base AS app\n",
                "target", "base",
                "buildArgs", Map.of("TAG", "3.20")))
        .post("/api/v1/analyses")
        .then()
        .statusCode(200)
        .body("stages[0].baseImage", equalTo("docker.io/library/alpine:3.20"))
        .body("target.stage", equalTo(0));
  }

  @Test
  void buildArgQuery_isRepeatable() {
    given()
        .contentType("text/plain")
        .queryParam("build-arg", "A=node")
        .queryParam("build-arg", "B=22")
        .body("ARG A\nARG B\nFROM $A:$B\n")
        .post("/api/v1/analyses")
        .then()
        .statusCode(200)
        .body("stages[0].baseImage", equalTo("docker.io/library/node:22"));
  }

  @Test
  void unknownTarget_is422ListingTheStages() {
    given()
        .contentType("text/plain")
        .queryParam("target", "biuld")
        .body(TUTORIAL)
        .post("/api/v1/analyses")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("status", equalTo(422))
        .body("title", equalTo("Unknown target stage"))
        .body("detail", containsString("\"biuld\" could not be found"))
        .body("stages", contains("build"))
        .body("suggestion", equalTo("build"));
  }

  @Test
  void unparsableDockerfile_is400WithTheLine() {
    given()
        .contentType("text/plain")
        .body("FROM alpine\nENV ONLYKEY\n")
        .post("/api/v1/analyses")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("line", equalTo(2))
        .body("endLine", equalTo(2))
        .body("detail", equalTo("line 2: ENV must have two arguments"));
  }

  @Test
  void cycle_is400NamingTheLine() {
    given()
        .contentType("text/plain")
        .body("FROM alpine AS a\nCOPY --from=b /x /x\nFROM alpine AS b\nCOPY --from=a /y /y\n")
        .post("/api/v1/analyses")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:stagelens:problem:invalid-stage-graph"))
        .body("detail", containsString("circular dependency detected on stage: a"))
        .body("line", equalTo(2));
  }

  @Test
  void unknownFlag_is400WithASuggestion() {
    given()
        .contentType("text/plain")
        .body("FROM alpine\nCOPY --form=x /a /b\n")
        .post("/api/v1/analyses")
        .then()
        .statusCode(400)
        .body("line", equalTo(2))
        .body("detail", containsString("unknown flag: --form"));
  }

  @Test
  void otherMediaType_is415() {
    given()
        .contentType("application/xml")
        .body("<x/>")
        .post("/api/v1/analyses")
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("status", equalTo(415))
        .body("title", equalTo("Unsupported media type"));
  }

  @Test
  void bodyOverTheLimit_is413() {
    String big = "FROM alpine\n" + "# padding\n".repeat(110_000);
    given()
        .contentType("text/plain")
        .body(big)
        .post("/api/v1/analyses")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("status", equalTo(413))
        .body("detail", containsString("1048576 bytes"));
  }

  @Test
  void malformedJson_is400() {
    given()
        .contentType("application/json")
        .body("{\"dockerfile\": ")
        .post("/api/v1/analyses")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void jsonWithoutDockerfile_is400NamingTheField() {
    given()
        .contentType("application/json")
        .body("{\"target\": \"x\"}")
        .post("/api/v1/analyses")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("dockerfile"));
  }

  @Test
  void badBuildArg_is400() {
    given()
        .contentType("text/plain")
        .queryParam("build-arg", "NOVALUE")
        .body("FROM alpine\n")
        .post("/api/v1/analyses")
        .then()
        .statusCode(400)
        .body("detail", containsString("NAME=VALUE"));
  }

  @Test
  void findings_carryRuleSeverityAndLine() {
    given()
        .contentType("text/plain")
        .body(SharedFiles.read("cases/BR-21.Dockerfile"))
        .post("/api/v1/analyses")
        .then()
        .statusCode(200)
        .body("findings.findAll { it.rule == 'AptListsNotRemoved' }.line", contains(7))
        .body("findings.rule", not(hasItem("RootUserInImage")));
  }

  @Test
  void maxImageBytes_overBudget_namesTheBiggestContributors() {
    given()
        .contentType("text/plain")
        .queryParam("maxImageBytes", 1000)
        .body("FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y jq\n")
        .post("/api/v1/analyses")
        .then()
        .statusCode(200)
        .body("sizes.maxImageBytes", is(1000))
        .body("sizes.withinBudget", is(false))
        .body("sizes.waste.kind", contains("cache"))
        .body("sizes.waste.line", contains(2))
        .body("findings.findAll { it.rule == 'ImageOverBudget' }.line", contains(1))
        .body(
            "findings.find { it.rule == 'ImageOverBudget' }.message",
            containsString("biggest contributors: line 1 ("));
  }

  @Test
  void maxImageBytes_negative_isRejected() {
    given()
        .contentType("application/json")
        .body("{\"dockerfile\": \"FROM alpine\\n\", \"maxImageBytes\": -1}")
        .post("/api/v1/analyses")
        .then()
        .statusCode(400);
  }

  @Test
  void findings_carryTheRulesReasonAndFix() {
    given()
        .contentType("text/plain")
        .body(SharedFiles.read("cases/BR-21.Dockerfile"))
        .post("/api/v1/analyses")
        .then()
        .statusCode(200)
        .body(
            "findings.find { it.rule == 'AptListsNotRemoved' }.description",
            equalTo("apt package lists are left in a layer that ships in the image"))
        .body(
            "findings.find { it.rule == 'AptListsNotRemoved' }.fix",
            startsWith("End the same RUN with 'rm -rf /var/lib/apt/lists/*'"));
  }

  @Test
  void health_isUp() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }
}
