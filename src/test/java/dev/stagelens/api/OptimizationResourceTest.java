package dev.stagelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/optimizations} over HTTP. */
@QuarkusTest
class OptimizationResourceTest {

  private static final String APT =
      "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl\n"
          + "CMD [\"curl\", \"--version\"]\n";

  private static final String APT_FIXED =
      "FROM debian:bookworm-slim\nRUN apt-get update \\\n"
          + "    && apt-get install --no-install-recommends -y curl \\\n"
          + "    && rm -rf /var/lib/apt/lists/*\nCMD [\"curl\", \"--version\"]\n";

  @Test
  void optimizations_textBody_answersTheChangesAsJson() {
    given()
        .contentType("text/plain")
        .accept("application/json")
        .body(APT)
        .post("/api/v1/optimizations")
        .then()
        .statusCode(200)
        .body("dockerfile", equalTo(APT_FIXED))
        .body("changed", equalTo(true))
        .body("changes", hasSize(1))
        .body("changes[0].rewrite", equalTo("apt-lists"))
        .body("changes[0].lines", equalTo(List.of(2)))
        .body("dropped", hasSize(0))
        .body("dockerignore", nullValue());
  }

  @Test
  void optimizations_jsonBody_reportsSizesBeforeAndAfter() {
    String body =
        "{\"dockerfile\":\"FROM golang:1.26\\nWORKDIR /src\\nCOPY . .\\n"
            + "RUN go build -o /out/app .\\nENTRYPOINT [\\\"/out/app\\\"]\\n\"}";
    given()
        .contentType("application/json")
        .accept("application/json")
        .body(body)
        .post("/api/v1/optimizations")
        .then()
        .statusCode(200)
        .body("changes[0].rewrite", equalTo("multi-stage"))
        .body("beforeBytes", equalTo(1_093_770_000))
        .body("afterBytes", equalTo(23_420_000))
        .body("savedBytes", equalTo(1_070_350_000))
        .body("dockerignore.lines", equalTo(List.of(3)));
  }

  @Test
  void optimizations_acceptTextPlain_answersTheRewrittenDockerfile() {
    assertEquals(APT_FIXED, optimizeAs("text/plain"));
  }

  @Test
  void optimizations_acceptDiff_answersTheUnifiedDiff() {
    assertEquals(
        "--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,3 +1,5 @@\n FROM debian:bookworm-slim\n"
            + "-RUN apt-get update && apt-get install -y curl\n+RUN apt-get update \\\n"
            + "+    && apt-get install --no-install-recommends -y curl \\\n"
            + "+    && rm -rf /var/lib/apt/lists/*\n CMD [\"curl\", \"--version\"]\n",
        optimizeAs("text/x-diff"));
  }

  @Test
  void optimizations_nothingSafe_saysSoWith200() {
    given()
        .contentType("text/plain")
        .accept("application/json")
        .body("FROM alpine:3.20\nCMD [\"true\"]\n")
        .post("/api/v1/optimizations")
        .then()
        .statusCode(200)
        .body("changed", equalTo(false))
        .body("changes", hasSize(0))
        .body("diff", equalTo(""))
        .body(
            "statement",
            equalTo("Nothing can be changed safely: no rewrite applies to this Dockerfile."));
  }

  @Test
  void optimizations_badDockerfile_isAProblemNamingTheLine() {
    given()
        .contentType("text/plain")
        .accept("application/json")
        .body("FROM alpine:3.20\nRUN <<EOF\necho never closed\n")
        .post("/api/v1/optimizations")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("line", equalTo(2));
  }

  private static String optimizeAs(String accept) {
    return given()
        .contentType("text/plain")
        .accept(accept)
        .body(APT)
        .post("/api/v1/optimizations")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }
}
