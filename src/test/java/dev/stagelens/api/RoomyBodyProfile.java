package dev.stagelens.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Accepts bodies of up to 8 MiB, so that hostile files reach the parser's own limits; any free
 * port.
 */
public class RoomyBodyProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "stagelens.limits.max-body-bytes", String.valueOf(8 << 20), "quarkus.http.test-port", "0");
  }
}
