package dev.stagelens.rule;

/**
 * One thing a rule found.
 *
 * @param rule the rule's stable id
 * @param severity how much it matters
 * @param line first line it concerns, 1-based
 * @param endLine last line it concerns, inclusive
 * @param message one line naming the offending value
 * @param stage the index of the stage it concerns, or -1 for the whole file
 */
public record Finding(
    String rule, Severity severity, int line, int endLine, String message, int stage) {

  /** This finding at another severity. */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, newSeverity, line, endLine, message, stage);
  }

  /** This finding with its message rewritten by {@code rewrite}, such as a secret mask. */
  public Finding withMessage(java.util.function.UnaryOperator<String> rewrite) {
    return new Finding(rule, severity, line, endLine, rewrite.apply(message), stage);
  }
}
