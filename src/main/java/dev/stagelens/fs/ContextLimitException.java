package dev.stagelens.fs;

/** An uploaded build context that goes past one of its {@link ContextLimits}. */
public final class ContextLimitException extends RuntimeException {

  private final String limit;
  private final long value;

  /**
   * A breach of {@code limit} (such as {@code max-entries}), whose configured value is {@code
   * value}.
   */
  public ContextLimitException(String limit, long value, String message) {
    super(message);
    this.limit = limit;
    this.value = value;
  }

  /** The name of the limit, such as {@code max-entries}. */
  public String limit() {
    return limit;
  }

  /** The configured value of the limit. */
  public long value() {
    return value;
  }
}
