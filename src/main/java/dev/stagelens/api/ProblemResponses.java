package dev.stagelens.api;

import jakarta.ws.rs.core.Response;

/** Builds error answers from problems: one place decides their media type and logging. */
final class ProblemResponses {

  private ProblemResponses() {}

  /** The response carrying {@code problem} as {@code application/problem+json}. */
  static Response of(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
