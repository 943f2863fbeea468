package dev.stagelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagelens.testing.BrokenResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** The service answers bugs, limits, remote sources and secrets without leaking anything. */
@QuarkusTest
class HardeningTest {

  private static final String MAPPERS = ProblemMappers.class.getName();

  @TestHTTPResource("/")
  URL server;

  private static final String TOKEN_VALUE = "s3cr3t-t0ken-value";
  private static final String AWS_KEY = "AKIAIOSFODNN7EXAMPLE";
  private static final String PEM =
      "-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEA\\n-----END RSA PRIVATE KEY-----";
  private static final String SECRET_FILE =
      "FROM alpine\n"
          + "ARG NPM_TOKEN="
          + TOKEN_VALUE
          + "\n"
          + "ENV AWS_ACCESS_KEY_ID="
          + AWS_KEY
          + "\nENV DB_PASSWORD hunter2hunter2\n"
          + "LABEL key=\""
          + PEM
          + "\"\n"
          + "RUN --mount=type=secret,id=npm echo $NPM_TOKEN > /root/$NPM_TOKEN\n";

  private static Response post(String path, String body) {
    return given().contentType("text/plain").body(body).post(path);
  }

  @Test
  void bug_isA500WithOnlyACorrelationIdLoggedOnceWithItsStack() {
    try (LogCapture log = LogCapture.install()) {
      Response response = post("/test-only/broken", "x");

      response
          .then()
          .statusCode(500)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:stagelens:problem:internal"))
          .body(
              "detail",
              matchesPattern("unexpected error; quote id [0-9a-f-]{36} when reporting it"));
      String body = response.asString();
      String id = response.jsonPath().getString("detail").split(" ")[4];
      List<LogRecord> errors = log.at(Level.SEVERE, MAPPERS);
      assertFalse(body.contains("IllegalStateException"), body);
      assertFalse(body.contains("index out of range"), body);
      assertEquals(1, errors.size());
      assertTrue(log.text().contains("internal error id=" + id), log.text());
      assertTrue(log.text().contains("at " + BrokenResource.class.getName() + ".fail"));
      assertFalse(log.text().contains(BrokenResource.LEAKED), log.text());
    }
  }

  @Test
  void bodyCutOffByTheClient_isLoggedAsAClientErrorNotABug() throws Exception {
    try (LogCapture log = LogCapture.install()) {
      // A connection closed before the server has read the request head never reaches the
      // service, so the client hangs up a few times, each time after a pause, until one does.
      for (int attempt = 0; attempt < 5 && noAnswerLogged(log); attempt++) {
        hangUpMidBody();
        long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (noAnswerLogged(log) && System.nanoTime() < end) {
          Thread.sleep(20);
        }
      }

      assertFalse(log.at(Level.INFO, MAPPERS).isEmpty(), "no hang-up reached the service");
      assertEquals(List.of(), log.at(Level.SEVERE, MAPPERS));
    }
  }

  private void hangUpMidBody() throws Exception {
    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
      String head =
          "POST /api/v1/analyses HTTP/1.1\r\nHost: localhost\r\n"
              + "Content-Type: text/plain\r\nContent-Length: 50000\r\n\r\nFROM alpine\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      Thread.sleep(200);
    }
  }

  private static boolean noAnswerLogged(LogCapture log) {
    return log.at(Level.INFO, MAPPERS).isEmpty() && log.at(Level.SEVERE, MAPPERS).isEmpty();
  }

  @Test
  void limitInsideTheFile_is413NamingTheSettingAndTheLine() {
    String nested = "${a:-".repeat(100) + "x" + "}".repeat(100);

    post("/api/v1/analyses", "FROM alpine\nRUN true\nENV X=" + nested + "\n")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:stagelens:problem:limit-exceeded"))
        .body("limit", equalTo("stagelens.limits.max-expansion-nesting"))
        .body("limitValue", equalTo(64))
        .body("line", equalTo(3))
        .body("endLine", equalTo(3))
        .body(
            "detail",
            equalTo(
                "line 3: variable substitutions are nested deeper than 64 levels; flatten the"
                    + " ${...} expressions; the limit stagelens.limits.max-expansion-nesting is 64"
                    + " levels; raise it to accept this"));
  }

  @Test
  void bodyOverTheLimit_namesTheBodySetting() {
    post("/api/v1/ast", "FROM alpine\n" + "# padding\n".repeat(110_000))
        .then()
        .statusCode(413)
        .body("limit", equalTo("stagelens.limits.max-body-bytes"))
        .body("limitValue", equalTo(1_048_576));
  }

  @Test
  void remoteSources_areNeverFetched() {
    String file =
        "FROM alpine\n"
            + "ADD https://198.51.100.7/big.tar.gz /opt/\n"
            + "ADD https://198.51.100.7/repo.git#main /src\n"
            + "FROM 198.51.100.7:5000/private/image:1\n";

    Response response =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> post("/api/v1/analyses", file));

    response
        .then()
        .statusCode(200)
        .body("steps[1].added[0]", equalTo("/opt/big.tar.gz"))
        .body("stages[1].baseImage", equalTo("198.51.100.7:5000/private/image:1"));
  }

  @Test
  void secrets_areMaskedInTheAnalysis() {
    String body = post("/api/v1/analyses", SECRET_FILE).then().statusCode(200).extract().asString();

    assertNoSecret(body);
    assertTrue(body.contains("\"ARG NPM_TOKEN=***\""), body);
    assertTrue(body.contains("/root/***"), body);
  }

  @Test
  void secrets_areMaskedInTheTreeAndItsDump() {
    String tree = post("/api/v1/ast", SECRET_FILE).then().statusCode(200).extract().asString();
    String dump =
        given()
            .contentType("text/plain")
            .accept("text/plain")
            .body(SECRET_FILE)
            .post("/api/v1/ast")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    assertNoSecret(tree);
    assertNoSecret(dump);
    assertTrue(dump.contains("(env \"DB_PASSWORD\" \"***\" \"\")"), dump);
  }

  @Test
  void secrets_areMaskedInProblemsAndNeverLogged() {
    try (LogCapture log = LogCapture.install()) {
      String body =
          post(
                  "/api/v1/analyses",
                  "FROM alpine\nENV A=${GITHUB_TOKEN:?" + BrokenResource.LEAKED + "}\n")
              .then()
              .statusCode(400)
              .extract()
              .asString();
      String bad =
          post("/api/v1/analyses", "FROM alpine\nENV A=${" + AWS_KEY + "\n")
              .then()
              .statusCode(400)
              .extract()
              .asString();

      assertFalse(body.contains(BrokenResource.LEAKED), body);
      assertFalse(bad.contains(AWS_KEY), bad);
      assertFalse(log.text().contains(BrokenResource.LEAKED), log.text());
      assertFalse(log.text().contains(AWS_KEY), log.text());
      assertTrue(log.text().contains("client error status=400"), log.text());
    }
  }

  private static void assertNoSecret(String text) {
    for (String secret : List.of(TOKEN_VALUE, AWS_KEY, "hunter2hunter2", "MIIEowIBAAKCAQEA")) {
      assertFalse(text.contains(secret), secret + " in " + text);
    }
  }
}
