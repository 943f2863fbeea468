package dev.stagelens.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretPatternsTest {

  private static final SecretPatterns NONE = SecretPatterns.none();

  @Test
  void isSecretName_matchesTheNamedFamilies() {
    for (String name :
        new String[] {"NPM_TOKEN", "client_secret", "DB_PASSWORD", "API_KEY", "AWS_REGION"}) {
      assertTrue(SecretPatterns.isSecretName(name), name);
    }
    assertFalse(SecretPatterns.isSecretName("NODE_ENV"));
  }

  @Test
  void redact_assignmentToASecretName_masksTheValueOnly() {
    assertEquals("ENV API_KEY=*** MODE=prod", NONE.redact("ENV API_KEY=\"a b c\" MODE=prod"));
  }

  @Test
  void redact_legacyEnvForm_masksTheRestOfTheLine() {
    assertEquals("ENV DB_PASSWORD ***", NONE.redact("ENV DB_PASSWORD hunter2 really"));
  }

  @Test
  void redact_secretShapes_areMaskedWhateverTheirName() {
    String text =
        "x AKIAIOSFODNN7EXAMPLE ghp_abcdefghijklmnopqrstuvwxyz0123456789 xoxb-1234567890-abc"
            + " eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
            + " -----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----"
            + " ASIAIOSFODNN7EXAMPLE glpat-abcdefghij0123456789"
            + " AIzaSyA1234567890abcdefghijklmnopqrstuv sk_live_abcdefghij0123456789"
            + " npm_abcdefghijklmnopqrstuvwxyz0123456789 y";

    assertEquals("x *** *** *** *** *** *** *** *** *** *** y", NONE.redact(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AKIAIOSFODNN7EXAMPLE",
        "ASIAIOSFODNN7EXAMPLE",
        "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
        "ghs_abcdefghijklmnopqrstuvwxyz0123456789",
        "github_pat_abcdefghij_0123456789abcdef",
        "glpat-abcdefghij0123456789",
        "xoxp-1234567890-abc",
        "AIzaSyA1234567890abcdefghijklmnopqrstuv",
        "sk_live_abcdefghij0123456789",
        "rk_live_abcdefghij0123456789",
        "npm_abcdefghijklmnopqrstuvwxyz0123456789",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFU",
        "-----BEGIN EC PRIVATE KEY-----"
      })
  void redact_eachShapeOnItsOwn_isMasked_byFreshAndRememberingInstances(String secret) {
    String text = "RUN ./deploy " + secret + " --now";
    SecretPatterns remembering = NONE.withValues(List.of());

    assertTrue(SecretPatterns.looksSecret(secret), secret);
    assertTrue(NONE.redact(text).startsWith("RUN ./deploy ***"), NONE.redact(text));
    assertFalse(NONE.redact(text).contains(secret.substring(4)), NONE.redact(text));
    assertEquals(NONE.redact(text), remembering.redact(text));
    assertEquals(NONE.redact(text), remembering.redact(text), "asked a second time");
  }

  @Test
  void redact_textWithNoMarkerOfANameOrShape_isReturnedAsItIs() {
    String text = "RUN apt-get update && apt-get install -y curl=7.88 ca-certificates\n";

    assertEquals(text, NONE.redact(text));
    assertEquals(text, NONE.withValues(List.of()).redact(text));
  }

  @Test
  void redact_knownValues_areMaskedWhereverTheyReappear() {
    SecretPatterns secrets = NONE.withValuesOf(Map.of("NPM_TOKEN", "abcd1234", "HOME", "/root"));

    assertEquals("/root/*** and /root", secrets.redact("/root/abcd1234 and /root"));
  }

  @Test
  void redact_escapedQuoteInsideASecret_masksTheWholeValue() {
    assertEquals(
        "LABEL API_KEY=*** other=\"x\"", NONE.redact("LABEL API_KEY=\"ab\\\"cd\" other=\"x\""));
  }

  @Test
  void redact_megabyteOfQuotedEscapes_neitherRecursesNorBacktracks() {
    String text = "ENV A=\"" + "\\a".repeat(500_000) + "\" TOKEN=abc";

    assertEquals("ENV A=\"" + "\\a".repeat(500_000) + "\" TOKEN=***", NONE.redact(text));
  }

  @Test
  void shapeOf_namesTheKindOfSecret() {
    assertEquals(
        Optional.of("an AWS access key id"), SecretPatterns.shapeOf("AKIAIOSFODNN7EXAMPLE"));
    assertEquals(
        Optional.of("a PEM private key"),
        SecretPatterns.shapeOf("-----BEGIN RSA PRIVATE KEY-----\nMIIE"));
    assertEquals(
        Optional.of("a GitHub token"),
        SecretPatterns.shapeOf("github_pat_11ABCDEFG0123456789_abcdefghij"));
  }

  @Test
  void shapeOf_nearMisses_haveNoShape() {
    assertEquals(Optional.empty(), SecretPatterns.shapeOf("AKIA1234"));
    assertEquals(Optional.empty(), SecretPatterns.shapeOf("sk_test_abcdefghij0123456789"));
    assertEquals(Optional.empty(), SecretPatterns.shapeOf("-----BEGIN PUBLIC KEY-----"));
  }
}
