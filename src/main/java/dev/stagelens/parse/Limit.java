package dev.stagelens.parse;

/**
 * The configurable bounds that keep one analysis cheap, each named by its setting key.
 *
 * <p>The key is the part after the service's {@code stagelens.limits.} prefix, so that a fault can
 * name the setting that raises the bound.
 */
public enum Limit {
  LINE_LENGTH("max-line-length", "bytes"),
  LINES("max-lines", "lines"),
  INSTRUCTIONS("max-instructions", "instructions"),
  HEREDOC_BYTES("max-heredoc-bytes", "bytes"),
  STAGES("max-stages", "stages"),
  EXPANSION_LENGTH("max-expansion-length", "characters"),
  EXPANSION_NESTING("max-expansion-nesting", "levels"),
  PATTERN_WILDCARDS("max-pattern-wildcards", "wildcards"),
  SCOPE_ENTRIES("max-scope-entries", "variables"),
  TRACKED_PATHS("max-tracked-paths", "paths"),
  ANALYSIS_TIMEOUT("analysis-timeout", "ms");

  private final String key;
  private final String unit;

  Limit(String key, String unit) {
    this.key = key;
    this.unit = unit;
  }

  /** The setting key, such as {@code max-line-length}. */
  public String key() {
    return key;
  }

  /** What the bound counts, such as {@code bytes}; {@code ms} for the time budget. */
  public String unit() {
    return unit;
  }
}
