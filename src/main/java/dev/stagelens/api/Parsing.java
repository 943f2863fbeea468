package dev.stagelens.api;

import dev.stagelens.parse.DockerfileParser;
import dev.stagelens.parse.ParseResult;
import dev.stagelens.parse.ParserLimits;
import jakarta.enterprise.context.ApplicationScoped;

/** Parses request bodies with the configured limits. */
@ApplicationScoped
public class Parsing {

  private final ParserLimits limits;

  Parsing(StagelensConfig config) {
    StagelensConfig.Limits l = config.limits();
    this.limits =
        new ParserLimits(
            l.maxLineLength(), l.maxLines(), l.maxHeredocBytes(), l.maxInstructions());
  }

  /** The parse of {@code dockerfile}; a null body reads as an empty file. */
  public ParseResult parse(String dockerfile) {
    return DockerfileParser.parse(dockerfile == null ? "" : dockerfile, limits);
  }

  /** The limits in force. */
  public ParserLimits limits() {
    return limits;
  }
}
