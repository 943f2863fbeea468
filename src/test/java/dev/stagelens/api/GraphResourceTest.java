package dev.stagelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GraphResourceTest {

  private static ValidatableResponse post(String dockerfile, String accept) {
    return given()
        .contentType("text/plain")
        .accept(accept)
        .body(dockerfile)
        .post("/api/v1/graphs")
        .then();
  }

  private static ValidatableResponse problem(String dockerfile, int status) {
    return post(dockerfile, "application/json")
        .statusCode(status)
        .contentType("application/problem+json");
  }

  @Test
  void json_br20_stagesEdgesAndPlan() {
    post(SharedFiles.read("cases/BR-20.Dockerfile"), "application/json")
        .statusCode(200)
        .contentType("application/json")
        .body("stages.name", contains("base", "build", null))
        .body("stages.built", contains(true, false, true))
        .body("stages[0].image.registry", equalTo("docker.io"))
        .body("stages[0].image.repository", equalTo("library/python"))
        .body("stages[0].image.tag", equalTo("3.12-slim"))
        .body("stages[0].image.digest", nullValue())
        .body("stages[1].image", nullValue())
        .body("edges.kind", contains("copy", "copy", "base", "base", "copy"))
        .body("edges.image[4]", equalTo("docker.io/library/biuld:latest"))
        .body("target.buildOrder", contains(0, 2))
        .body("target.skipped", contains(1))
        .body("target.levels", contains(contains(0), contains(2)))
        .body("target.criticalPath", contains(0, 2));
  }

  @Test
  void json_stageDetails_nameAsWrittenPlatformDocCommentScratchAndOnbuild() {
    String dockerfile =
        "# assets holds the compiled files\n"
            + "FROM --platform=$BUILDPLATFORM alpine@sha256:"
            + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS Assets\n"
            + "ONBUILD COPY --from=assets /a /a\n"
            + "FROM scratch AS empty\n"
            + "FROM assets\n";
    post(dockerfile, "application/json")
        .statusCode(200)
        .body("stages[0].nameAsWritten", equalTo("Assets"))
        .body("stages[0].name", equalTo("assets"))
        .body("stages[0].platformAsWritten", equalTo("$BUILDPLATFORM"))
        .body("stages[0].platform", equalTo("linux/amd64"))
        .body("stages[0].docComment", equalTo("holds the compiled files"))
        .body("stages[0].comments", contains("assets holds the compiled files"))
        .body("stages[0].image.tag", nullValue())
        .body("stages[0].image.digest", startsWith("sha256:0123"))
        .body("stages[1].scratch", equalTo(true))
        .body("stages[1].image", nullValue())
        .body("stages[2].onbuild[0].line", equalTo(3))
        .body("stages[2].onbuild[0].instruction", equalTo("COPY --from=assets /a /a"))
        .body("edges[1].onbuild", equalTo(true))
        .body("edges[1].line", equalTo(5));
  }

  @Test
  void dot_isGraphvizText() {
    post(SharedFiles.read("cases/BR-13.Dockerfile"), "text/vnd.graphviz")
        .statusCode(200)
        .contentType("text/vnd.graphviz")
        .body(startsWith("digraph stages {\n"))
        .body(containsString("s0 -> s2 [label=\"mount, line 6\", style=dotted"));
  }

  @Test
  void mermaid_isAFlowchart() {
    post(SharedFiles.read("cases/BR-13.Dockerfile"), "text/vnd.mermaid")
        .statusCode(200)
        .contentType("text/vnd.mermaid")
        .body(startsWith("flowchart TB\n"))
        .body(containsString("  class s1 skipped\n"));
  }

  @Test
  void svg_namesTheStages() {
    post(SharedFiles.read("cases/BR-13.Dockerfile"), "image/svg+xml")
        .statusCode(200)
        .contentType("image/svg+xml")
        .body(startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        .body(containsString(">assets</text>"))
        .body(containsString(">unrelated</text>"));
  }

  @Test
  void targetQuery_choosesWhatIsBuilt() {
    given()
        .contentType("text/plain")
        .queryParam("target", "unrelated")
        .body(SharedFiles.read("cases/BR-13.Dockerfile"))
        .post("/api/v1/graphs")
        .then()
        .statusCode(200)
        .body("target.stage", equalTo(1))
        .body("target.buildOrder", contains(1))
        .body("target.skipped", contains(0, 2));
  }

  @Test
  void unsupportedAccept_is406() {
    post("FROM alpine\n", "application/pdf").statusCode(406);
  }

  @Test
  void br11_fromUppercaseStage_is400OnLine3() {
    problem(SharedFiles.read("cases/BR-11.Dockerfile"), 400)
        .body("type", equalTo("urn:stagelens:problem:invalid-stage-graph"))
        .body(
            "detail",
            equalTo(
                "line 3: failed to parse stage name \"Builder\": invalid reference format: "
                    + "repository name must be lowercase"))
        .body("line", equalTo(3))
        .body("lines", contains(3));
  }

  @Test
  void br12_copyFromIndex_buildsStageZeroAndSkipsUnused() {
    post(SharedFiles.read("cases/BR-12.Dockerfile"), "application/json")
        .statusCode(200)
        .body("edges[0].from", equalTo(0))
        .body("edges[0].to", equalTo(2))
        .body("target.buildOrder", contains(0, 2))
        .body("target.skipped", contains(1));
  }

  @Test
  void br13_mountFromStage_isAnEdge() {
    post(SharedFiles.read("cases/BR-13.Dockerfile"), "application/json")
        .statusCode(200)
        .body("edges[0].kind", equalTo("mount"))
        .body("edges[0].line", equalTo(6))
        .body("edges[0].endLine", equalTo(7))
        .body("target.buildOrder", contains(0, 2));
  }

  @Test
  void br17_buildsAllFourStages() {
    post(SharedFiles.read("cases/BR-17.Dockerfile"), "application/json")
        .statusCode(200)
        .body("stages[1].baseStage", equalTo(0))
        .body("target.buildOrder", contains(0, 1, 2, 3))
        .body("target.skipped", empty());
  }

  @Test
  void unknownTarget_is422WithStagesAndSuggestion() {
    given()
        .contentType("text/plain")
        .queryParam("target", "biuld")
        .body(SharedFiles.read("cases/BR-20.Dockerfile"))
        .post("/api/v1/graphs")
        .then()
        .statusCode(422)
        .body("stages", contains("base", "build"))
        .body("suggestion", equalTo("build"));
  }

  @Test
  void forwardReference_is400WithTheCopyAndTheLaterFrom() {
    problem(
            "FROM alpine AS a\nCOPY --from=b /x /x\nFROM alpine AS b\nFROM alpine\n"
                + "COPY --from=a /x /y\n",
            400)
        .body(
            "detail",
            equalTo(
                "line 2: cannot copy from stage \"b\", it needs to be defined before current "
                    + "stage \"a\""))
        .body("line", equalTo(2))
        .body("lines", contains(2, 3))
        .body("stages", contains("a", "b"));
  }

  @Test
  void cycle_is400WithEveryLineOfIt() {
    problem("FROM alpine AS a\nCOPY --from=b /x /x\nFROM alpine AS b\nCOPY --from=a /y /y\n", 400)
        .body("detail", equalTo("line 2: circular dependency detected on stage: a"))
        .body("line", equalTo(2))
        .body("endLine", equalTo(4))
        .body("lines", contains(2, 4))
        .body("stages", contains("b", "a"));
  }

  @Test
  void selfReference_is400OnItsLine() {
    problem("FROM alpine AS app\nRUN true\nCOPY --from=app /x /y\n", 400)
        .body("detail", equalTo("line 3: circular dependency detected on stage: app"))
        .body("lines", contains(3));
  }

  @Test
  void invalidStageName_is400FromTheInstructionLayer() {
    problem("FROM alpine\nFROM alpine AS 1st\n", 400)
        .body("type", equalTo("urn:stagelens:problem:invalid-instruction"))
        .body(
            "detail",
            equalTo(
                "line 2: invalid name for build stage: \"1st\", name can't start with a number "
                    + "or contain symbols"))
        .body("line", equalTo(2));
  }

  @Test
  void duplicateStageName_underCheckErrorTrue_is400NamingBothLines() {
    problem(
            "# check=error=true\nFROM alpine AS build\nFROM alpine AS build\nFROM alpine\n"
                + "COPY --from=build /a /a\n",
            400)
        .body("detail", startsWith("line 3: lint violation found for rules: DuplicateStageName"))
        .body("line", equalTo(3))
        .body("lines", contains(2, 3))
        .body("stages", contains("build"));
  }

  @Test
  void duplicateStageName_withoutCheckError_isAFinding() {
    given()
        .contentType("text/plain")
        .body("FROM alpine AS build\nFROM alpine AS build\nFROM alpine\nCOPY --from=build /a /a\n")
        .post("/api/v1/analyses")
        .then()
        .statusCode(200)
        .body("findings.findAll { it.rule == 'DuplicateStageName' }.line", contains(2))
        .body("edges[0].from", equalTo(1));
  }
}
