package dev.stagelens.api;

import dev.stagelens.parse.Deadline;
import dev.stagelens.parse.DockerfileParser;
import dev.stagelens.parse.ParseResult;
import dev.stagelens.parse.ParserLimits;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Parses request bodies with the configured limits. */
@ApplicationScoped
public class Parsing {

  private final ParserLimits limits;
  private final Duration timeout;

  Parsing(ParserLimits limits, StagelensConfig config) {
    this.limits = limits;
    this.timeout = config.limits().analysisTimeout();
  }

  /** The parse of {@code dockerfile} within the analysis timeout; a null body reads as empty. */
  public ParseResult parse(String dockerfile) {
    String text = dockerfile == null ? "" : dockerfile;
    return Deadline.within(timeout, () -> DockerfileParser.parse(text, limits));
  }
}
