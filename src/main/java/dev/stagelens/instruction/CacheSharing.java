package dev.stagelens.instruction;

import java.util.Locale;

/** How concurrent builds share a cache mount ({@code sharing=} of {@code RUN --mount}). */
public enum CacheSharing {
  SHARED,
  PRIVATE,
  LOCKED;

  /** The name as written in a mount spec, such as {@code locked}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
