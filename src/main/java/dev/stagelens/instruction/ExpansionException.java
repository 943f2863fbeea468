package dev.stagelens.instruction;

import dev.stagelens.parse.GoQuote;

/**
 * A word cannot be expanded the way BuildKit's shell lexer expands it, or its expansion exceeds the
 * configured length or nesting bounds.
 *
 * <p>The message is BuildKit's: {@code failed to process "<word>": <reason>}. {@link #reason()}
 * holds the part after the colon.
 */
public class ExpansionException extends RuntimeException {
  private final String reason;
  private final boolean limit;

  ExpansionException(String reason) {
    this(reason, reason, false);
  }

  ExpansionException(String word, ExpansionException cause) {
    this(
        "failed to process " + GoQuote.quote(word) + ": " + cause.reason,
        cause.reason,
        cause.limit);
  }

  private ExpansionException(String message, String reason, boolean limit) {
    super(message);
    this.reason = reason;
    this.limit = limit;
  }

  static ExpansionException limit(String reason) {
    return new ExpansionException(reason, reason, true);
  }

  /** The cause without the {@code failed to process} prefix, such as {@code missing '}'}. */
  public String reason() {
    return reason;
  }

  /** True when the expansion hit the length or nesting bound rather than a syntax error. */
  public boolean isLimit() {
    return limit;
  }
}
