package dev.stagelens.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricsTest {

  private static final String UNPINNED = "FROM node:latest\nRUN echo hi\n";

  private static String scrape() {
    return given().get("/q/metrics").then().statusCode(200).extract().asString();
  }

  /** The value of the first series named {@code name} that has all {@code labels}, or 0. */
  private static double value(String scrape, String name, String... labels) {
    StringBuilder pattern = new StringBuilder("(?m)^" + Pattern.quote(name) + "(?:\\{");
    for (String label : labels) {
      pattern.append("[^}]*").append(Pattern.quote(label));
    }
    Matcher m = Pattern.compile(pattern + "[^}]*\\})? (\\S+)$").matcher(scrape);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  private static void analyse(String dockerfile, int status) {
    given()
        .contentType("text/plain")
        .body(dockerfile)
        .post("/api/v1/analyses")
        .then()
        .statusCode(status);
  }

  @Test
  void analyses_countFindingsByRule() {
    String before = scrape();
    analyse(UNPINNED, 200);
    analyse(UNPINNED, 200);
    String after = scrape();
    String name = "stagelens_findings_total";
    String rule = "rule=\"UnpinnedBaseImage\"";
    assertEquals(2.0, value(after, name, rule) - value(before, name, rule));
  }

  @Test
  void analyses_timeEachOutcome() {
    String before = scrape();
    analyse(UNPINNED, 200);
    analyse("FROM alpine:3.20\nCOPY\n", 400);
    String after = scrape();
    String name = "stagelens_analysis_duration_seconds_count";
    assertEquals(1.0, value(after, name, "outcome=\"ok\"") - value(before, name, "outcome=\"ok\""));
    assertEquals(
        1.0,
        value(after, name, "outcome=\"rejected\"") - value(before, name, "outcome=\"rejected\""));
  }

  @Test
  void analyses_recordInputBytes() {
    String before = scrape();
    analyse(UNPINNED, 200);
    String after = scrape();
    assertEquals(
        UNPINNED.length(),
        value(after, "stagelens_analysis_input_size_bytes_sum")
            - value(before, "stagelens_analysis_input_size_bytes_sum"));
  }

  @Test
  void httpRequests_areCountedPerEndpoint() {
    String before = scrape();
    analyse(UNPINNED, 200);
    String after = scrape();
    String name = "http_server_requests_seconds_count";
    String[] labels = {"method=\"POST\"", "status=\"200\"", "uri=\"/api/v1/analyses\""};
    assertEquals(1.0, value(after, name, labels) - value(before, name, labels));
  }
}
