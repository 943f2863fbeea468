package dev.stagelens.instruction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "linux/amd64,linux/amd64",
    "linux/arm64/v8,linux/arm64",
    "linux/aarch64,linux/arm64",
    "linux/arm,linux/arm/v7",
    "linux/arm/v6,linux/arm/v6",
    "linux/x86_64,linux/amd64",
    "Linux/AMD64,linux/amd64",
    "windows/amd64,windows/amd64",
    "arm64,linux/arm64",
    "linux,linux/amd64",
  })
  void parse_normalisesAsBuildKit(String text, String formatted) {
    assertEquals(formatted, Platform.parse(text).format());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"linux/*", "linux/amd64/v1/x", "bogus", "linux/a b"})
  void parse_invalid_fails(String text) {
    assertThrows(IllegalArgumentException.class, () -> Platform.parse(text));
  }
}
