package dev.stagelens.parse;

/**
 * A parse failure before its location is known; the parse loop turns it into a {@link
 * DockerfileParseException} with the lines of the instruction being read.
 *
 * <p>Every message the parser can give is made here. Messages that BuildKit also gives use
 * BuildKit's words so that users can search for them.
 */
final class ParseFault extends RuntimeException {

  private ParseFault(String message) {
    super(message, null, false, false);
  }

  /** Adds the location: the lines of the instruction or directive that failed. */
  DockerfileParseException at(int startLine, int endLine) {
    DockerfileParseException located =
        new DockerfileParseException(getMessage(), startLine, endLine);
    located.initCause(this);
    return located;
  }

  static ParseFault noInstructions() {
    return new ParseFault("file with no instructions");
  }

  static ParseFault repeatedDirective(String name) {
    return new ParseFault("only one " + name + " parser directive can be used");
  }

  static ParseFault invalidEscape(String value) {
    return new ParseFault("invalid escape token '" + value + "' does not match ` or \\");
  }

  static ParseFault notStringArray() {
    return new ParseFault("when using JSON array syntax, arrays must be comprised of strings only");
  }

  static ParseFault missingValue(String keyword) {
    return new ParseFault(keyword + " must have two arguments");
  }

  static ParseFault missingEquals(String word) {
    return new ParseFault(
        "Syntax error - can't find = in "
            + GoQuote.quote(word)
            + ". Must be of the form: name=value");
  }

  static ParseFault unterminatedHeredoc() {
    return new ParseFault("unterminated heredoc");
  }

  /** A shell-lexing failure inside a heredoc delimiter, before it is tied to its source word. */
  static ParseFault lexing(String detail) {
    return new ParseFault(detail);
  }

  static ParseFault heredocWord(String source, ParseFault lexing) {
    return new ParseFault(
        "failed to process " + GoQuote.quote(source) + ": " + lexing.getMessage());
  }

  static ParseFault inconsistentHeredoc(String word) {
    return new ParseFault("internal lexing of heredoc produced inconsistent results: " + word);
  }

  static LimitExceededException lineTooLong(int maxBytes, int line) {
    return exceeded(
        Limit.LINE_LENGTH,
        maxBytes,
        "dockerfile line greater than max allowed size of " + maxBytes,
        line,
        line);
  }

  static LimitExceededException tooManyLines(int maxLines, int line) {
    return exceeded(
        Limit.LINES, maxLines, "dockerfile has more than " + maxLines + " lines", line, line);
  }

  static LimitExceededException heredocTooLarge(int maxBytes, int startLine, int endLine) {
    return exceeded(
        Limit.HEREDOC_BYTES,
        maxBytes,
        "heredoc body is larger than " + maxBytes + " bytes",
        startLine,
        endLine);
  }

  static LimitExceededException tooManyInstructions(int max, int startLine, int endLine) {
    return exceeded(
        Limit.INSTRUCTIONS,
        max,
        "dockerfile has more than " + max + " instructions",
        startLine,
        endLine);
  }

  static LimitExceededException tooManyStages(int max, int startLine, int endLine) {
    return exceeded(
        Limit.STAGES, max, "dockerfile has more than " + max + " stages", startLine, endLine);
  }

  private static LimitExceededException exceeded(
      Limit limit, int value, String message, int startLine, int endLine) {
    return new LimitExceededException(limit, value, message, startLine, endLine);
  }
}
