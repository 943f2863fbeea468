package dev.stagelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
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
        .body("detail", equalTo("file with no instructions"));
  }
}
