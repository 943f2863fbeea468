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

  static ParseFault lineTooLong(int maxBytes) {
    return new ParseFault("dockerfile line greater than max allowed size of " + maxBytes);
  }

  static ParseFault tooManyLines(int maxLines) {
    return new ParseFault(
        "dockerfile has more than " + maxLines + " lines; raise ParserLimits.maxLines to read it");
  }

  static ParseFault heredocTooLarge(int maxBytes) {
    return new ParseFault(
        "heredoc body is larger than "
            + maxBytes
            + " bytes; raise ParserLimits.maxHeredocBytes to read it");
  }

  static ParseFault tooManyInstructions(int maxInstructions) {
    return new ParseFault(
        "dockerfile has more than "
            + maxInstructions
            + " instructions; raise ParserLimits.maxInstructions to read it");
  }
}
