package dev.stagelens.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error answer.
 *
 * @param type a URN naming the kind of problem
 * @param title a short summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong in this request, with the line where it has one
 * @param instance the request path, when known
 * @param line first line of the fault, 1-based, or null
 * @param endLine last line of the fault, inclusive, or null
 * @param stages the stage names that exist, when the fault concerns a stage reference
 * @param suggestion the closest valid name, when one is close enough
 * @param lines the first line of every instruction the fault involves, when it involves several
 * @param limit the setting that bounds what was exceeded, such as {@code
 *     stagelens.limits.max-lines}, when the fault is a limit
 * @param limitValue the bound in force, in the setting's unit, when the fault is a limit
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    Integer line,
    Integer endLine,
    List<String> stages,
    String suggestion,
    List<Integer> lines,
    String limit,
    Long limitValue) {

  /** The media type of problem documents. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** A problem with no place in the Dockerfile. */
  public static Problem of(ProblemKind kind, String detail) {
    return new Problem(
        kind.type(),
        kind.title(),
        kind.status(),
        detail,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** A problem located at lines {@code line}..{@code endLine}; "line N: " leads the detail. */
  public static Problem at(ProblemKind kind, String detail, int line, int endLine) {
    if (line <= 0) {
      return of(kind, detail);
    }
    return new Problem(
        kind.type(),
        kind.title(),
        kind.status(),
        "line " + line + ": " + detail,
        null,
        line,
        Math.max(line, endLine),
        null,
        null,
        null,
        null,
        null);
  }

  /** This problem with the stage names that exist and the closest one to what was asked. */
  public Problem withStages(List<String> names, String closest) {
    return new Problem(
        type,
        title,
        status,
        detail,
        instance,
        line,
        endLine,
        List.copyOf(names),
        closest,
        lines,
        limit,
        limitValue);
  }

  /** This problem with the request path that caused it. */
  public Problem withInstance(String path) {
    return new Problem(
        type,
        title,
        status,
        detail,
        path,
        line,
        endLine,
        stages,
        suggestion,
        lines,
        limit,
        limitValue);
  }

  /** This problem with every line the fault involves. */
  public Problem withLines(List<Integer> involved) {
    return new Problem(
        type,
        title,
        status,
        detail,
        instance,
        line,
        endLine,
        stages,
        suggestion,
        List.copyOf(involved),
        limit,
        limitValue);
  }

  /** This problem naming the setting that bounds what was exceeded and its value. */
  public Problem withLimit(String setting, long value) {
    return new Problem(
        type,
        title,
        status,
        detail,
        instance,
        line,
        endLine,
        stages,
        suggestion,
        lines,
        setting,
        value);
  }

  /** This problem with {@code newDetail} in place of its detail. */
  public Problem withDetail(String newDetail) {
    return new Problem(
        type,
        title,
        status,
        newDetail,
        instance,
        line,
        endLine,
        stages,
        suggestion,
        lines,
        limit,
        limitValue);
  }
}
