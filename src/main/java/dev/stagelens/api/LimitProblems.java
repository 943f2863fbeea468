package dev.stagelens.api;

import dev.stagelens.parse.Limit;
import dev.stagelens.parse.LimitExceededException;

/**
 * Turns a limit fault into its problem: 413 for a size or count, 422 for the analysis timeout, each
 * naming the setting that raises the bound and its value.
 */
final class LimitProblems {

  /** The prefix of every limit setting. */
  static final String PREFIX = "stagelens.limits.";

  private LimitProblems() {}

  /** The problem for {@code e}, located at its lines. */
  static Problem of(LimitExceededException e) {
    Limit limit = e.limit();
    ProblemKind kind =
        limit == Limit.ANALYSIS_TIMEOUT ? ProblemKind.ANALYSIS_TIMEOUT : ProblemKind.LIMIT_EXCEEDED;
    String detail = e.getMessage() + "; " + remedy(limit.key(), e.value(), limit.unit());
    return Problem.at(kind, detail, e.startLine(), e.endLine())
        .withLimit(PREFIX + limit.key(), e.value());
  }

  /** The problem for a request body over {@code maxBytes}. */
  static Problem bodyTooLarge(long maxBytes) {
    return Problem.of(
            ProblemKind.LIMIT_EXCEEDED,
            "request body is larger than the limit of "
                + maxBytes
                + " bytes; "
                + remedy("max-body-bytes", maxBytes, "bytes"))
        .withLimit(PREFIX + "max-body-bytes", maxBytes);
  }

  private static String remedy(String key, long value, String unit) {
    return "the limit " + PREFIX + key + " is " + value + " " + unit + "; raise it to accept this";
  }
}
