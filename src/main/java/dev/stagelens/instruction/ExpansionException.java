package dev.stagelens.instruction;

import dev.stagelens.parse.GoQuote;
import dev.stagelens.parse.Limit;
import dev.stagelens.parse.LimitExceededException;

/**
 * A word cannot be expanded the way BuildKit's shell lexer expands it, or its expansion exceeds the
 * configured length or nesting bounds.
 *
 * <p>The message is BuildKit's: {@code failed to process "<word>": <reason>}. {@link #reason()}
 * holds the part after the colon.
 */
public class ExpansionException extends RuntimeException {
  private final String reason;
  private final Limit limit;
  private final long limitValue;

  ExpansionException(String reason) {
    this(reason, reason, null, 0);
  }

  ExpansionException(String word, ExpansionException cause) {
    this(
        "failed to process " + GoQuote.quote(word) + ": " + cause.reason,
        cause.reason,
        cause.limit,
        cause.limitValue);
  }

  private ExpansionException(String message, String reason, Limit limit, long limitValue) {
    super(message);
    this.reason = reason;
    this.limit = limit;
    this.limitValue = limitValue;
  }

  static ExpansionException limit(String reason, Limit limit, long value) {
    return new ExpansionException(reason, reason, limit, value);
  }

  /** The cause without the {@code failed to process} prefix, such as {@code missing '}'}. */
  public String reason() {
    return reason;
  }

  /** True when the expansion hit the length or nesting bound rather than a syntax error. */
  public boolean isLimit() {
    return limit != null;
  }

  /**
   * Throws this fault as a located {@link LimitExceededException} when it is a limit fault; returns
   * normally otherwise, so that the caller reports the syntax fault its own way.
   */
  public void throwIfLimit(int startLine, int endLine) {
    if (limit != null) {
      throw new LimitExceededException(limit, limitValue, reason, startLine, endLine);
    }
  }
}
