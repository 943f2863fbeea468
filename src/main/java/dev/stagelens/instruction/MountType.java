package dev.stagelens.instruction;

import java.util.Locale;

/** The kinds of {@code RUN --mount} that BuildKit supports. */
public enum MountType {
  BIND,
  CACHE,
  TMPFS,
  SECRET,
  SSH;

  /** The name as written in a mount spec, such as {@code bind}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
