package dev.stagelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A query parameter an operation does not take is a 400 naming it, never silently ignored. */
@QuarkusTest
class QueryParametersTest {

  @Test
  void analyses_dashedBudgetName_namesTheParameterItMeant() {
    given()
        .contentType("text/plain")
        .body("FROM alpine:3.20\n")
        .queryParam("max-image-bytes", 5)
        .post("/api/v1/analyses")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:stagelens:problem:invalid-request"))
        .body(
            "detail",
            equalTo(
                "unknown query parameter 'max-image-bytes' (did you mean maxImageBytes?); this"
                    + " operation takes target, build-arg, platform, maxImageBytes, depth"));
  }

  @Test
  void findings_camelCaseFailOn_isRejectedSoAGateCannotPassBySpelling() {
    given()
        .contentType("text/plain")
        .body("FROM alpine:3.20\n")
        .queryParam("failOn", "info")
        .accept("text/plain")
        .post("/api/v1/findings")
        .then()
        .statusCode(400)
        .body(
            "detail",
            equalTo(
                "unknown query parameter 'failOn' (did you mean fail-on?); this operation takes"
                    + " target, build-arg, platform, disable, severity, fail-on"));
  }

  @Test
  void rules_anyParameter_isRejected() {
    given()
        .queryParam("severity", "error")
        .get("/api/v1/rules")
        .then()
        .statusCode(400)
        .body("detail", equalTo("unknown query parameter 'severity'; this operation takes none"));
  }

  @Test
  void analyses_declaredParameters_areAccepted() {
    given()
        .contentType("text/plain")
        .body("FROM alpine:3.20\n")
        .queryParam("maxImageBytes", 5)
        .queryParam("build-arg", "A=1")
        .post("/api/v1/analyses")
        .then()
        .statusCode(200)
        .body("sizes.maxImageBytes", equalTo(5));
  }
}
