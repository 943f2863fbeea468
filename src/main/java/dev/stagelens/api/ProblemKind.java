package dev.stagelens.api;

/** The kinds of problem the service answers with, each with its status and stable type URN. */
public enum ProblemKind {
  DOCKERFILE_SYNTAX(400, "dockerfile-syntax", "Dockerfile does not parse"),
  INVALID_INSTRUCTION(400, "invalid-instruction", "Dockerfile instruction is invalid"),
  INVALID_STAGE_GRAPH(400, "invalid-stage-graph", "Dockerfile stages do not form a valid build"),
  INVALID_REQUEST(400, "invalid-request", "Request is malformed"),
  NOT_FOUND(404, "not-found", "No such resource"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
  NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable media type"),
  LIMIT_EXCEEDED(413, "limit-exceeded", "Input exceeds a configured limit"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
  UNKNOWN_TARGET(422, "unknown-target", "Unknown target stage"),
  UNPROCESSABLE(422, "unprocessable", "Request cannot be served for this Dockerfile"),
  ANALYSIS_TIMEOUT(422, "analysis-timeout", "Analysis took longer than the configured time"),
  INTERNAL(500, "internal", "Internal error");

  private final int status;
  private final String slug;
  private final String title;

  ProblemKind(int status, String slug, String title) {
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** The stable URN that names this kind in the {@code type} member. */
  public String type() {
    return "urn:stagelens:problem:" + slug;
  }

  /** A short summary of the kind. */
  public String title() {
    return title;
  }
}
