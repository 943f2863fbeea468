package dev.stagelens.graph;

import dev.stagelens.parse.Directive;
import java.util.List;
import java.util.Set;

/**
 * The {@code # check=} parser directive: which build checks to skip and whether a check that fires
 * fails the build, read as BuildKit's linter options are.
 *
 * @param skipAll true for {@code skip=all}
 * @param skip the names of the checks to skip
 * @param error true when a check that fires makes the build fail ({@code error=true})
 * @param line the directive's line, 0 when there is none
 */
public record CheckDirective(boolean skipAll, Set<String> skip, boolean error, int line) {

  /** No directive: every check runs and none fails the build. */
  public static final CheckDirective NONE = new CheckDirective(false, Set.of(), false, 0);

  public CheckDirective {
    skip = Set.copyOf(skip);
  }

  /**
   * The {@code check} directive among {@code directives}, or {@link #NONE}.
   *
   * @throws StageGraphException when its value is not a valid list of check options
   */
  public static CheckDirective of(List<Directive> directives) {
    for (Directive directive : directives) {
      if (directive.name().equals("check")) {
        return parse(directive.value().trim(), directive.line());
      }
    }
    return NONE;
  }

  /**
   * The options of a {@code check=} value written in a comment above an instruction; a value
   * BuildKit would reject there switches nothing off, so it reads as {@link #NONE}.
   */
  public static CheckDirective lenient(String value) {
    try {
      return parse(value.trim(), 0);
    } catch (StageGraphException e) {
      return NONE;
    }
  }

  private static CheckDirective parse(String value, int line) {
    if (value.isEmpty()) {
      return NONE;
    }
    boolean skipAll = false;
    Set<String> skip = Set.of();
    boolean error = false;
    for (String part : value.split(";", 3)) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        throw invalid("invalid check option \"" + part + "\"", line);
      }
      String key = part.substring(0, eq).trim();
      String option = part.substring(eq + 1).trim();
      switch (key) {
        case "skip" -> {
          skipAll = option.equals("all");
          skip = skipAll ? Set.of() : Set.of(option.split("\\s*,\\s*"));
        }
        case "error" -> error = parseBool(option, part, line);
        case "experimental" -> {}
        default -> throw invalid("invalid check option \"" + key + "\"", line);
      }
    }
    return new CheckDirective(skipAll, skip, error, line);
  }

  /** Go's {@code strconv.ParseBool}: the spellings of true and false it accepts. */
  private static boolean parseBool(String value, String part, int line) {
    return switch (value) {
      case "1", "t", "T", "TRUE", "true", "True" -> true;
      case "0", "f", "F", "FALSE", "false", "False" -> false;
      default ->
          throw invalid(
              "failed to parse check option \"" + part + "\": use error=true or error=false", line);
    };
  }

  private static StageGraphException invalid(String message, int line) {
    return new StageGraphException(message, line, line, List.of());
  }

  /** True when the check named {@code rule} runs. */
  public boolean runs(String rule) {
    return !skipAll && !skip.contains(rule);
  }

  /** True when the check named {@code rule} fails the build when it fires. */
  public boolean failsBuild(String rule) {
    return error && runs(rule);
  }
}
