package dev.stagelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AstResourceTest {

  private static final String TUTORIAL = SharedFiles.read("cases/tutorial/Dockerfile");

  @Test
  void dump_tutorial_equalsBuildKitsDump() {
    given()
        .contentType("text/plain")
        .accept("text/plain")
        .body(TUTORIAL)
        .post("/api/v1/ast")
        .then()
        .statusCode(200)
        .body(equalTo(SharedFiles.read("cases/tutorial/buildkit.buildkit-dump")));
  }

  @Test
  void tree_tutorial_givesInstructionsWithLinesAndFlags() {
    given()
        .contentType("text/plain")
        .accept("application/json")
        .body(TUTORIAL)
        .post("/api/v1/ast")
        .then()
        .statusCode(200)
        .body("escape", equalTo("\\"))
        .body("instructions", hasSize(10))
        .body("instructions[0].keyword", equalTo("FROM"))
        .body("instructions[0].args", contains("node:18", "AS", "build"))
        .body("instructions[8].flags", contains("--from=build"))
        .body("instructions[8].startLine", equalTo(10))
        .body("instructions[9].json", equalTo(true));
  }

  @Test
  void tree_withoutAccept_answersJson() {
    given()
        .contentType("text/plain")
        .body("FROM scratch\n")
        .post("/api/v1/ast")
        .then()
        .statusCode(200)
        .contentType("application/json");
  }

  @Test
  void tree_onbuild_nestsTheInnerInstruction() {
    given()
        .contentType("text/plain")
        .body("FROM alpine\nONBUILD RUN echo hi\n")
        .post("/api/v1/ast")
        .then()
        .statusCode(200)
        .body("instructions[1].onbuild.keyword", equalTo("RUN"))
        .body("instructions[1].onbuild.args", contains("echo hi"));
  }

  @Test
  void parse_unterminatedHeredoc_is400WithTheLine() {
    given()
        .contentType("text/plain")
        .body("FROM alpine\nRUN <<EOF\necho hi\n")
        .post("/api/v1/ast")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("line", equalTo(2))
        .body("type", equalTo("urn:stagelens:problem:dockerfile-syntax"));
  }

  @Test
  void parse_emptyBody_is400NamingTheCause() {
    given()
        .contentType("text/plain")
        .body("")
        .post("/api/v1/ast")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("line", equalTo(1))
        .body("detail", equalTo("line 1: file with no instructions"));
  }

  @Test
  void parse_everyBuildKitNegativeCase_is400WithALine() throws java.io.IOException {
    java.nio.file.Path negative =
        SharedFiles.ROOT.resolve("conformance/buildkit/testfiles-negative");
    java.util.List<java.nio.file.Path> cases;
    try (java.util.stream.Stream<java.nio.file.Path> list = java.nio.file.Files.list(negative)) {
      cases = list.sorted().toList();
    }
    org.junit.jupiter.api.Assertions.assertEquals(4, cases.size());
    for (java.nio.file.Path dir : cases) {
      given()
          .contentType("text/plain")
          .body(java.nio.file.Files.readString(dir.resolve("Dockerfile")))
          .post("/api/v1/ast")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("line", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }
  }

  @Test
  void tree_typedInstructions_carryParsedFlagsAndMounts() {
    given()
        .contentType("text/plain")
        .body(
            "FROM --platform=$BUILDPLATFORM golang:1.26 AS build\n"
                + "RUN --mount=type=cache,target=/root/.cache/go-build,sharing=locked go build\n"
                + "COPY --from=build --chown=1000:1000 --link /out/app /app\n"
                + "ENV A=1 B=2\n"
                + "HEALTHCHECK --interval=30s --retries=2 CMD curl -f http://localhost/\n")
        .post("/api/v1/ast")
        .then()
        .statusCode(200)
        .body("instructions[0].instruction.stageName", equalTo("build"))
        .body("instructions[0].instruction.platform", equalTo("$BUILDPLATFORM"))
        .body("instructions[1].instruction.mounts[0].type", equalTo("cache"))
        .body("instructions[1].instruction.mounts[0].target", equalTo("/root/.cache/go-build"))
        .body("instructions[1].instruction.mounts[0].sharing", equalTo("locked"))
        .body("instructions[1].instruction.shellForm", equalTo(true))
        .body("instructions[2].instruction.from", equalTo("build"))
        .body("instructions[2].instruction.chown", equalTo("1000:1000"))
        .body("instructions[2].instruction.link", equalTo(true))
        .body("instructions[2].instruction.sources", contains("/out/app"))
        .body("instructions[2].instruction.dest", equalTo("/app"))
        .body("instructions[3].instruction.pairs.key", contains("A", "B"))
        .body("instructions[4].instruction.healthcheck.intervalMillis", equalTo(30000))
        .body("instructions[4].instruction.healthcheck.retries", equalTo(2));
  }

  @Test
  void tree_unknownInstruction_parsesButCarriesBuildKitsError() {
    given()
        .contentType("text/plain")
        .body("FROM alpine\nRUNN echo hi\n")
        .post("/api/v1/ast")
        .then()
        .statusCode(200)
        .body("instructions[1].instruction", org.hamcrest.Matchers.nullValue())
        .body("instructions[1].instructionError", containsString("unknown instruction: RUNN"));
  }
}
