package dev.stagelens.api;

import dev.stagelens.parse.DockerfileParser;
import dev.stagelens.parse.ParseResult;
import dev.stagelens.parse.ParserLimits;
import jakarta.enterprise.context.ApplicationScoped;

/** Parses request bodies with the configured limits. */
@ApplicationScoped
public class Parsing {

  private final ParserLimits limits;

  Parsing(ParserLimits limits) {
    this.limits = limits;
  }

  /** The parse of {@code dockerfile}; a null body reads as an empty file. */
  public ParseResult parse(String dockerfile) {
    return DockerfileParser.parse(dockerfile == null ? "" : dockerfile, limits);
  }
}
