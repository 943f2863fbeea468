package dev.stagelens.parse;

/**
 * A problem the parser tolerates but reports, returned as data rather than logged.
 *
 * @param rule the BuildKit check this warning corresponds to, such as {@code NoEmptyContinuation}
 * @param message a one-line description naming the offending text
 * @param startLine first line the warning concerns, 1-based
 * @param endLine last line the warning concerns, inclusive
 */
public record ParseWarning(String rule, String message, int startLine, int endLine) {}
