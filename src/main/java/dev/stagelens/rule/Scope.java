package dev.stagelens.rule;

import java.util.Locale;

/** Which stages a rule looks at. */
public enum Scope {
  /** Every stage in the file, built or not, as BuildKit's parse-time checks do. */
  ALL_STAGES,
  /** The stages the target builds, as BuildKit's dispatch-time checks do. */
  BUILT_STAGES,
  /** The stages whose layers ship in the target image. */
  IMAGE;

  /** The lower-case, dashed name used in answers. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
