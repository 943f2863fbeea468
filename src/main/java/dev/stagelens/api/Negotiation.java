package dev.stagelens.api;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Decides between JSON, the default answer, and another media type a client asks for. */
final class Negotiation {

  private Negotiation() {}

  /** True when {@code headers} ask for {@code other} by name before they ask for JSON. */
  static boolean prefers(HttpHeaders headers, MediaType other) {
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isWildcardType() || type.isWildcardSubtype()) {
        continue;
      }
      if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return false;
      }
      if (type.isCompatible(other)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Throws a 406 unless {@code headers} accept one of {@code offered}: an operation that picks its
   * answer's type itself must still refuse an Accept it cannot meet.
   */
  static void requireAcceptable(HttpHeaders headers, MediaType... offered) {
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      for (MediaType candidate : offered) {
        if (type.isCompatible(candidate)) {
          return;
        }
      }
    }
    throw new NotAcceptableException();
  }
}
