package dev.stagelens.graph;

/** How one stage depends on another stage or on an external image. */
public enum EdgeKind {
  /** {@code FROM <earlier stage>}. */
  BASE,
  /** {@code COPY --from=<stage, index or image>}. */
  COPY,
  /** {@code RUN --mount=...,from=<stage or image>}. */
  MOUNT;

  /** The lower-case name used in answers. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
