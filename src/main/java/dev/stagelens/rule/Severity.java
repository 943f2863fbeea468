package dev.stagelens.rule;

import java.util.Locale;

/** How much a finding matters, from most to least. */
public enum Severity {
  ERROR,
  WARNING,
  INFO,
  STYLE;

  /** The lower-case name used in answers. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
