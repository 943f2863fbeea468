package dev.stagelens.api;

/** A request the API rejects with a problem it has already described. */
public class ProblemException extends RuntimeException {
  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail());
    this.problem = problem;
  }

  /** The problem to answer with. */
  public Problem problem() {
    return problem;
  }
}
