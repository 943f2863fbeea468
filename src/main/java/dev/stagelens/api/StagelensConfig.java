package dev.stagelens.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The service's settings, under the {@code stagelens.} prefix. */
@ConfigMapping(prefix = "stagelens")
public interface StagelensConfig {

  /** Limits that keep one request from exhausting the service. */
  Limits limits();

  /** Limits on reading an uploaded build context archive. */
  Context context();

  /** Limits on one request's input and work. */
  interface Limits {

    /** Largest request body accepted, in bytes; a larger one gets 413. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /** Longest physical line, in bytes, as BuildKit's scanner allows. */
    @WithDefault("65535")
    int maxLineLength();

    /** Most physical lines in one Dockerfile. */
    @WithDefault("100000")
    int maxLines();

    /** Most instructions in one Dockerfile. */
    @WithDefault("10000")
    int maxInstructions();

    /** Largest heredoc body, in bytes. */
    @WithDefault("1048576")
    int maxHeredocBytes();

    /** Largest value one variable expansion may produce, in characters. */
    @WithDefault("1048576")
    int maxExpansionLength();

    /** How deeply {@code ${a:-${b:-...}}} forms may nest. */
    @WithDefault("64")
    int maxExpansionNesting();

    /** Most build stages (FROM instructions) in one Dockerfile. */
    @WithDefault("1000")
    int maxStages();

    /** Most wildcards in one COPY, ADD or {@code .dockerignore} pattern. */
    @WithDefault("64")
    int maxPatternWildcards();

    /** Most variables the scopes of all instructions may hold together. */
    @WithDefault("500000")
    int maxScopeEntries();

    /** Most paths the file states of all steps may hold together. */
    @WithDefault("500000")
    int maxTrackedPaths();

    /** Wall time one analysis may take; past it the answer is a 422 problem. */
    @WithDefault("10s")
    Duration analysisTimeout();
  }

  /** Bounds on an uploaded context archive; a breach gets 413 naming the limit. */
  interface Context {

    /** Most entries in the archive, entries of archives inside it included. */
    @WithDefault("100000")
    int maxEntries();

    /** Most uncompressed bytes over all entries. */
    @WithDefault("4294967296")
    long maxTotalBytes();

    /** Most uncompressed bytes of one entry. */
    @WithDefault("1073741824")
    long maxEntryBytes();

    /** Most uncompressed bytes per compressed byte, judged once 1 MiB has been inflated. */
    @WithDefault("200")
    int maxRatio();
  }
}
