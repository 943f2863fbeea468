package dev.stagelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /api/v1/findings} and {@code GET /api/v1/rules} over HTTP. */
@QuarkusTest
class FindingsResourceTest {

  private static final String FILE = "FROM alpine:3.20\nMAINTAINER me\nCMD echo hi\n";

  private static RequestSpecification request(String contentType, String accept, String body) {
    return given().contentType(contentType).accept(accept).body(body);
  }

  /** A JSON body with {@link #FILE} and the rule options {@code rules}. */
  private static String withRules(String rules) {
    return "{\"dockerfile\":\"FROM alpine:3.20\\nMAINTAINER me\\nCMD echo hi\\n\",\"rules\":"
        + rules
        + "}";
  }

  /** The answer to {@code request} on the findings endpoint, which must be a 200. */
  private static ValidatableResponse ok(RequestSpecification request) {
    return request.post("/api/v1/findings").then().statusCode(200);
  }

  @Test
  void findings_json_listsFindingsAndFailedFlag() {
    ok(request("text/plain", "application/json", FILE).queryParam("fail-on", "warning"))
        .body("findings", hasSize(2))
        .body("findings[0].rule", equalTo("MaintainerDeprecated"))
        .body("findings[0].line", equalTo(2))
        .body("findings[1].rule", equalTo("JSONArgsRecommended"))
        .body("failed", equalTo(true));
  }

  @Test
  void findings_jsonBodyRules_disableAndOverrideSeverity() {
    ok(request(
            "application/json",
            "application/json",
            withRules(
                "{\"disable\":[\"JSONArgsRecommended\"],"
                    + "\"severity\":{\"MaintainerDeprecated\":\"info\"},\"failOn\":\"warning\"}")))
        .body("findings", hasSize(1))
        .body("findings[0].severity", equalTo("info"))
        .body("failed", equalTo(false));
  }

  @Test
  void findings_unknownRule_isAProblemWithSuggestion() {
    given()
        .contentType("text/plain")
        .queryParam("disable", "UndefinedVars")
        .body(FILE)
        .post("/api/v1/findings")
        .then()
        .statusCode(400)
        .body("detail", equalTo("unknown rule 'UndefinedVars'; did you mean UndefinedVar?"));
  }

  @Test
  void findings_text_endsWithVerdict() {
    String text = ok(request("text/plain", "text/plain", FILE)).extract().asString();
    assertEquals(
        "Dockerfile:2 warning MaintainerDeprecated: Maintainer instruction is deprecated in favor"
            + " of using label\n"
            + "Dockerfile:3 warning JSONArgsRecommended: JSON arguments recommended for CMD to"
            + " prevent unintended behavior related to OS signals\n"
            + "2 findings; passed (fail-on error)\n",
        text);
  }

  @Test
  void findings_sarif_validatesAgainstTheSarifSchema() throws Exception {
    String sarif =
        ok(request("text/plain", "application/sarif+json", FILE))
            .body("runs[0].results", hasSize(2))
            .body("runs[0].results[0].locations[0].physicalLocation.region.startLine", equalTo(2))
            .extract()
            .asString();
    try (InputStream schemaText =
        getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      Schema schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schemaText);
      assertEquals(List.of(), schema.validate(sarif, InputFormat.JSON));
    }
    Files.writeString(Path.of("target", "stagelens-findings.sarif"), sarif);
  }

  @Test
  void findings_queryRules_disableAndOverrideSeverity() {
    ok(request("text/plain", "application/json", FILE)
            .queryParam("disable", "MaintainerDeprecated")
            .queryParam("severity", "JSONArgsRecommended=error"))
        .body("findings", hasSize(1))
        .body("findings[0].rule", equalTo("JSONArgsRecommended"))
        .body("findings[0].severity", equalTo("error"))
        .body("failed", equalTo(true));
  }

  @Test
  void findings_sarifWithJsonBodyRules_dropsDisabledAndLowersLevel() {
    ok(request(
            "application/json",
            "application/sarif+json",
            withRules(
                "{\"disable\":[\"MaintainerDeprecated\"],"
                    + "\"severity\":{\"JSONArgsRecommended\":\"info\"}}")))
        .body("runs[0].results", hasSize(1))
        .body("runs[0].results[0].ruleId", equalTo("JSONArgsRecommended"))
        .body("runs[0].results[0].level", equalTo("note"));
  }

  @Test
  void findings_textWithFailOnWarning_endsFailed() {
    String text =
        ok(request(
                "application/json",
                "text/plain",
                withRules("{\"disable\":[\"JSONArgsRecommended\"],\"failOn\":\"warning\"}")))
            .extract()
            .asString();
    assertEquals(
        "Dockerfile:2 warning MaintainerDeprecated: Maintainer instruction is deprecated in favor"
            + " of using label\n"
            + "1 finding; FAILED (fail-on warning)\n",
        text);
  }

  @Test
  void findings_checkErrorTrue_reportsBuildKitWarningsAsErrors() {
    ok(request("text/plain", "application/json", "# check=error=true\n" + FILE))
        .body("findings", hasSize(2))
        .body("findings[0].line", equalTo(3))
        .body("findings[0].severity", equalTo("error"))
        .body("warningsAreErrors", equalTo(true))
        .body("failed", equalTo(true));
  }

  @Test
  void findings_hadolintIgnoreAboveInstruction_silencesItOverHttp() {
    ok(request(
            "text/plain",
            "application/json",
            "FROM alpine:3.20\n# hadolint ignore=DL4000\nMAINTAINER me\nCMD echo hi\n"))
        .body("findings", hasSize(1))
        .body("findings[0].rule", equalTo("JSONArgsRecommended"));
  }

  @Test
  void rules_listsEveryRuleWithItsDocs() {
    given()
        .get("/api/v1/rules")
        .then()
        .statusCode(200)
        .body(
            "find { it.id == 'UndefinedVar' }.docs",
            equalTo("https://docs.docker.com/go/dockerfile/rule/undefined-var/"))
        .body("find { it.id == 'AptListsNotRemoved' }.hadolint", equalTo(List.of("DL3009")))
        .body("find { it.id == 'AptListsNotRemoved' }.scope", equalTo("image"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/analyses", "/api/v1/findings"})
  void br11UppercaseStageAsBase_is400NamingLineThreeAndTheCause(String path) {
    given()
        .contentType("text/plain")
        .accept("application/json")
        .body(SharedFiles.read("cases/BR-11.Dockerfile"))
        .post(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:stagelens:problem:invalid-stage-graph"))
        .body("line", equalTo(3))
        .body(
            "detail",
            equalTo(
                "line 3: failed to parse stage name \"Builder\": invalid reference format:"
                    + " repository name must be lowercase"));
  }
}
