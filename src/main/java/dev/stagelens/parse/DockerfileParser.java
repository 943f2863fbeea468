package dev.stagelens.parse;

/**
 * Parses Dockerfile text into BuildKit's syntax tree, matching BuildKit's {@code
 * frontend/dockerfile/parser} in what it accepts, what it rejects and the tree it builds.
 *
 * <p>The parser is stateless and thread-safe. It reads the text once; nothing is logged.
 */
public final class DockerfileParser {

  private DockerfileParser() {}

  /**
   * Parses with {@link ParserLimits#DEFAULTS}.
   *
   * @throws DockerfileParseException when BuildKit would reject the file
   * @throws LimitExceededException when the file exceeds one of the limits
   */
  public static ParseResult parse(String text) {
    return parse(text, ParserLimits.DEFAULTS);
  }

  /**
   * Parses within the given limits.
   *
   * @throws DockerfileParseException when BuildKit would reject the file
   * @throws LimitExceededException when the file exceeds one of the limits
   */
  public static ParseResult parse(String text, ParserLimits limits) {
    return new ParseRun(text, limits).parse();
  }
}
