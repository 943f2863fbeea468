package dev.stagelens.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiContractCheckTest {

  private static final OpenApiContract CONTRACT = OpenApiContract.load();
  private static final String PROBLEM =
      "{\"type\":\"urn:stagelens:problem:x\",\"title\":\"t\",\"status\":400,\"detail\":\"d\"}";

  private static OpenApiContract.Exchange answer(int status, String type, String body) {
    return new OpenApiContract.Exchange(
        "POST", "/api/v1/ast", Map.of(), "text/plain", "FROM x\n", status, type, body);
  }

  @Test
  void check_documentedProblem_conforms() {
    assertEquals(List.of(), CONTRACT.check(answer(400, "application/problem+json", PROBLEM)));
  }

  @Test
  void check_problemWithAStringStatus_namesTheField() {
    String body = PROBLEM.replace("\"status\":400", "\"status\":\"400\"");
    List<String> violations = CONTRACT.check(answer(400, "application/problem+json", body));
    assertEquals(1, violations.size(), violations.toString());
    assertEquals(true, violations.get(0).startsWith("application/problem+json body /status"));
  }

  @Test
  void check_nullWhereTheSchemaAllowsNull_conforms() {
    String body = PROBLEM.replace("}", ",\"line\":null}");
    assertEquals(List.of(), CONTRACT.check(answer(400, "application/problem+json", body)));
  }

  @Test
  void check_undocumentedStatus_isReported() {
    List<String> violations = CONTRACT.check(answer(409, "application/problem+json", PROBLEM));
    assertEquals(List.of("status 409 is not documented; body: " + PROBLEM), violations);
  }

  @Test
  void check_undocumentedMediaType_isReported() {
    List<String> violations = CONTRACT.check(answer(200, "text/html", "<p>"));
    assertEquals(List.of("status 200 does not document media type text/html"), violations);
  }

  @Test
  void check_forbiddenRequestAnswered200_isReported() {
    OpenApiContract.Exchange exchange =
        new OpenApiContract.Exchange(
            "POST",
            "/api/v1/analyses",
            Map.of("build-arg", List.of("NOVALUE")),
            "text/plain",
            "FROM x\n",
            400,
            "application/problem+json",
            PROBLEM);
    assertEquals(List.of(), CONTRACT.check(exchange));
    OpenApiContract.Exchange accepted =
        new OpenApiContract.Exchange(
            exchange.method(),
            exchange.path(),
            exchange.query(),
            exchange.requestType(),
            exchange.request(),
            200,
            "text/plain",
            "");
    List<String> violations = CONTRACT.check(accepted);
    assertEquals(2, violations.size(), violations.toString());
    assertEquals(
        true, violations.get(1).startsWith("a request the contract forbids was answered 200"));
  }

  @Test
  void check_pathOutsideTheApi_isNotTheContractsConcern() {
    OpenApiContract.Exchange health =
        new OpenApiContract.Exchange(
            "GET", "/q/health/live", Map.of(), null, null, 200, "application/json", "{}");
    assertEquals(List.of(), CONTRACT.check(health));
  }
}
