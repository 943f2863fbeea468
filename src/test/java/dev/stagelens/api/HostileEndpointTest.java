package dev.stagelens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.stagelens.analysis.HostileFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile files through the endpoint: a typed problem naming the bound and the line, in time. */
@QuarkusTest
@TestProfile(RoomyBodyProfile.class)
@Timeout(30)
class HostileEndpointTest {

  private static ValidatableResponse post(byte[] body) {
    return given().contentType("text/plain").body(body).post("/api/v1/analyses").then();
  }

  private static ValidatableResponse post(String body) {
    return post(body.getBytes(StandardCharsets.UTF_8));
  }

  private static void limitAt(ValidatableResponse response, String key, int value, int line) {
    response
        .statusCode(413)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:stagelens:problem:limit-exceeded"))
        .body("limit", equalTo("stagelens.limits." + key))
        .body("limitValue", equalTo(value))
        .body("line", equalTo(line));
  }

  @Test
  void oneMebibyteLine_is413AtItsLine() {
    limitAt(post(HostileFiles.longLine(1 << 20)), "max-line-length", 65_535, 2);
  }

  @Test
  void twoHundredThousandLines_is413AtTheFirstInstructionOver() {
    limitAt(post(HostileFiles.manyLines(200_000)), "max-instructions", 10_000, 10_001);
  }

  @Test
  void tenThousandStages_is413AtTheFirstFromOver() {
    limitAt(post(HostileFiles.manyStages(10_000)), "max-stages", 1_000, 1_001);
  }

  @Test
  void envDoubledSixtyFourTimes_is413AtTheDoublingOver() {
    limitAt(post(HostileFiles.doublingEnv(64)), "max-expansion-length", 1_048_576, 19);
  }

  @Test
  void starPattern_is413AtItsCopy() {
    limitAt(post(HostileFiles.starPattern(100)), "max-pattern-wildcards", 64, 2);
  }

  @Test
  void manyCopies_is413InsteadOfAHugeAnswer() {
    limitAt(post(HostileFiles.manyCopies(9_000)), "max-tracked-paths", 500_000, 1_001);
  }

  @Test
  void invalidUtf8AndNulBytes_areReadAsReplacementCharacters() {
    byte[] body = {
      'F', 'R', 'O', 'M', ' ', 'a', '\n', 'R', 'U', 'N', ' ', (byte) 0xff, (byte) 0xfe, 0, '\n'
    };

    post(body).statusCode(200).body("steps[1].instruction", equalTo("RUN \uFFFD\uFFFD\u0000"));
  }

  @Test
  void binaryJunk_isA413OrA400ProblemNeverA500() {
    post(HostileFiles.junk(7, 200_000))
        .statusCode(413)
        .body("limit", equalTo("stagelens.limits.max-line-length"));
  }

  @Test
  void byteOrderMarkInTheMiddle_is400AtItsLine() {
    post("FROM alpine\n\uFEFFRUN hi\n")
        .statusCode(400)
        .body("type", equalTo("urn:stagelens:problem:invalid-instruction"))
        .body("line", equalTo(2));
  }

  @Test
  void unterminatedHeredoc_is400AtItsInstruction() {
    post("FROM alpine\nRUN <<EOF\necho\n")
        .statusCode(400)
        .body("type", equalTo("urn:stagelens:problem:dockerfile-syntax"))
        .body("detail", equalTo("line 2: unterminated heredoc"))
        .body("line", equalTo(2))
        .body("endLine", equalTo(3));
  }

  @Test
  void unterminatedJson_isShellFormAsInBuildKit() {
    post("FROM alpine\nCMD [\"a\", \n")
        .statusCode(200)
        .body("steps[1].instruction", equalTo("CMD [\"a\", "));
  }
}
