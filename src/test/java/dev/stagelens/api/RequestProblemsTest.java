package dev.stagelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests a careless client sends, each answered with a problem document that names what is wrong:
 * mistyped or misspelt JSON fields, broken JSON, a number that is not one, an Accept no operation
 * meets, no Content-Type.
 */
@QuarkusTest
class RequestProblemsTest {

  private static final String PROBLEM = "application/problem+json";

  @TestHTTPResource("/")
  URL server;

  private static RequestSpecification json(String body) {
    return given().contentType("application/json").body(body);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/analyses|{\"dockerfile\":\"FROM alpine\\n\",\"buildArgs\":[\"A=1\"]}|"
            + "request body: field 'buildArgs' must be an object",
        "/api/v1/analyses|{\"dockerfile\":\"FROM alpine\\n\",\"maxImageBytes\":\"lots\"}|"
            + "request body: field 'maxImageBytes' must be a whole number",
        "/api/v1/findings|{\"dockerfile\":\"FROM alpine\\n\",\"rules\":{\"disable\":\"X\"}}|"
            + "request body: field 'rules.disable' must be an array",
        "/api/v1/findings|{\"dockerfile\":\"FROM alpine\\n\",\"rules\":{\"failon\":\"warning\"}}|"
            + "request body: unknown field 'rules.failon' (did you mean failOn?); known fields"
            + " here: disable, failOn, severity",
        "/api/v1/analyses|{\"dockerfile\":\"FROM alpine\\n\",\"maxImagebytes\":1}|"
            + "request body: unknown field 'maxImagebytes' (did you mean maxImageBytes?); known"
            + " fields here: buildArgs, context, dockerfile, maxImageBytes, platform, target",
        "/api/v1/optimizations|[\"FROM alpine\"]|request body must be a JSON object",
        "/api/v1/analyses|{\"dockerfile\": 5}|request body: field 'dockerfile' must be a string",
        "/api/v1/analyses|{\"dockerfile\":\"FROM alpine\\n\",\"buildArgs\":{\"A\":1}}|"
            + "request body: field 'buildArgs.A' must be a string",
        "/api/v1/analyses|{\"dockerfile\":\"FROM alpine\\n\",\"maxImageBytes\":\"100\"}|"
            + "request body: field 'maxImageBytes' must be a whole number",
        "/api/v1/analyses|{\"dockerfile\":\"FROM alpine\\n\",\"maxImageBytes\":1.5}|"
            + "request body: field 'maxImageBytes' must be a whole number",
        "/api/v1/analyses|{\"dockerfile\": \"FROM alpine\\n\"|"
            + "request body is not valid JSON at line 1, column 31: Unexpected end-of-input:"
            + " expected close marker for Object"
      })
  void jsonBodyThatDoesNotFit_isA400NamingTheField(String path, String body, String detail) {
    json(body)
        .post(path)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", equalTo(detail));
  }

  @Test
  void queryNumberOutOfItsRange_isA400SayingSo() {
    given()
        .contentType("text/plain")
        .queryParam("depth", "99999999999999")
        .body("FROM alpine\n")
        .post("/api/v1/analyses")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", equalTo("query parameter 'depth' is out of range: 99999999999999"));
  }

  @ParameterizedTest
  @CsvSource({"depth,abc", "depth,1.5", "maxImageBytes,abc", "maxImageBytes,1e9"})
  void queryNumberThatIsNotOne_isA400NamingTheParameter(String name, String value) {
    given()
        .contentType("text/plain")
        .queryParam(name, value)
        .body("FROM alpine\n")
        .post("/api/v1/analyses")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body(
            "detail",
            equalTo("query parameter '" + name + "' must be a whole number, not '" + value + "'"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/analyses",
        "/api/v1/findings",
        "/api/v1/optimizations",
        "/api/v1/graphs",
        "/api/v1/ast"
      })
  void acceptNoOperationMeets_isA406(String path) {
    given()
        .contentType("text/plain")
        .accept("application/xml")
        .body("FROM alpine\n")
        .post(path)
        .then()
        .statusCode(406)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:stagelens:problem:not-acceptable"));
  }

  @Test
  void acceptTheRuleListCannotMeet_isA406() {
    given()
        .accept("application/xml")
        .get("/api/v1/rules")
        .then()
        .statusCode(406)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:stagelens:problem:not-acceptable"));
  }

  @ParameterizedTest
  @CsvSource({"text/plain,text/plain;charset=UTF-8", "text/x-diff,text/x-diff;charset=UTF-8"})
  void optimisedTextAnswers_carryNoRankingParameter(String accept, String contentType) {
    given()
        .contentType("text/plain")
        .accept(accept)
        .body("FROM python:3.12\nRUN pip install flask\n")
        .post("/api/v1/optimizations")
        .then()
        .statusCode(200)
        .header("Content-Type", equalTo(contentType));
  }

  @ParameterizedTest
  @ValueSource(strings = {"api/v1/analyses", "api/v1/findings"})
  void noContentType_isA415SayingToSendText(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.toURI().resolve(path))
                    .POST(HttpRequest.BodyPublishers.ofString("FROM alpine\n"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertEquals(415, response.statusCode(), response.body());
    assertEquals(PROBLEM, response.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        response
            .body()
            .contains(
                "the request has no Content-Type, so its body was read as JSON; send a"
                    + " Dockerfile as text/plain"),
        response.body());
  }
}
