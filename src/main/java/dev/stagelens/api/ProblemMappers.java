package dev.stagelens.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.stagelens.fs.BuildContextException;
import dev.stagelens.fs.ContextLimitException;
import dev.stagelens.graph.StageGraphException;
import dev.stagelens.graph.UnknownTargetException;
import dev.stagelens.instruction.InstructionException;
import dev.stagelens.parse.DockerfileParseException;
import dev.stagelens.parse.LimitExceededException;
import dev.stagelens.parse.SecretPatterns;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that reaches the REST layer into a problem document.
 *
 * <p>Faults in the input are 4xx answers logged at INFO without a stack. Anything else is a 500
 * whose body carries only a correlation id; the stack is logged once, at ERROR, with that id.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
  private static final SecretPatterns SECRETS = SecretPatterns.none();

  /** A syntax fault always has a place: a file with no instructions fails at its first line. */
  @ServerExceptionMapper
  public Response syntax(DockerfileParseException e, UriInfo uri) {
    int line = Math.max(1, e.startLine());
    return clientError(
        Problem.at(ProblemKind.DOCKERFILE_SYNTAX, e.getMessage(), line, e.endLine()), uri);
  }

  @ServerExceptionMapper
  public Response instruction(InstructionException e, UriInfo uri) {
    return clientError(
        Problem.at(ProblemKind.INVALID_INSTRUCTION, e.getMessage(), e.startLine(), e.endLine()),
        uri);
  }

  @ServerExceptionMapper
  public Response graph(StageGraphException e, UriInfo uri) {
    Problem problem =
        Problem.at(ProblemKind.INVALID_STAGE_GRAPH, e.getMessage(), e.startLine(), e.endLine())
            .withLines(e.lines());
    return clientError(e.stages().isEmpty() ? problem : problem.withStages(e.stages(), null), uri);
  }

  @ServerExceptionMapper
  public Response unknownTarget(UnknownTargetException e, UriInfo uri) {
    Problem problem =
        Problem.of(ProblemKind.UNKNOWN_TARGET, e.getMessage())
            .withStages(e.stageNames(), e.suggestion().isEmpty() ? null : e.suggestion());
    return clientError(problem, uri);
  }

  @ServerExceptionMapper
  public Response limit(LimitExceededException e, UriInfo uri) {
    return clientError(LimitProblems.of(e), uri);
  }

  @ServerExceptionMapper
  public Response context(BuildContextException e, UriInfo uri) {
    return clientError(Problem.of(ProblemKind.INVALID_REQUEST, e.getMessage()), uri);
  }

  @ServerExceptionMapper
  public Response contextLimit(ContextLimitException e, UriInfo uri) {
    String setting = "stagelens.context." + e.limit();
    String detail = e.getMessage() + " (limit " + setting + " = " + e.value() + ")";
    return clientError(
        Problem.of(ProblemKind.LIMIT_EXCEEDED, detail).withLimit(setting, e.value()), uri);
  }

  @ServerExceptionMapper
  public Response requestProblem(ProblemException e, UriInfo uri) {
    return clientError(e.problem(), uri);
  }

  /**
   * The request body stopped before its end: the client closed the connection or the network
   * failed. Nobody may be left to read the answer, and nothing in stagelens went wrong.
   */
  @ServerExceptionMapper
  public Response bodyCutOff(IOException e, UriInfo uri) {
    String detail = "the request body could not be read to its end; send it again";
    return clientError(Problem.of(ProblemKind.INVALID_REQUEST, detail), uri);
  }

  @ServerExceptionMapper
  public Response badJson(JsonProcessingException e, UriInfo uri) {
    return clientError(Problem.of(ProblemKind.INVALID_REQUEST, JsonBodyProblems.notJson(e)), uri);
  }

  @ServerExceptionMapper
  public Response misfitJson(MismatchedInputException e, UriInfo uri) {
    return clientError(Problem.of(ProblemKind.INVALID_REQUEST, JsonBodyProblems.misfit(e)), uri);
  }

  @ServerExceptionMapper
  public Response invalid(ConstraintViolationException e, UriInfo uri) {
    String detail =
        e.getConstraintViolations().stream()
            .map(v -> leaf(v.getPropertyPath().toString()) + " " + v.getMessage())
            .sorted()
            .collect(Collectors.joining("; "));
    return clientError(Problem.of(ProblemKind.INVALID_REQUEST, detail), uri);
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
    if (e.getCause() instanceof MismatchedInputException misfit) {
      return misfitJson(misfit, uri);
    }
    if (e.getCause() instanceof JsonProcessingException json) {
      String detail = JsonBodyProblems.notJson(json);
      return headers.getMediaType() == null
          ? clientError(
              Problem.of(
                  ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                  "the request has no Content-Type, so its body was read as JSON; send a "
                      + "Dockerfile as text/plain ("
                      + detail
                      + ")"),
              uri)
          : clientError(Problem.of(ProblemKind.INVALID_REQUEST, detail), uri);
    }
    if (e instanceof NotFoundException && e.getCause() instanceof NumberFormatException number) {
      return clientError(Problem.of(ProblemKind.INVALID_REQUEST, notANumber(number, uri)), uri);
    }
    ProblemKind kind = kindOf(e);
    if (kind == ProblemKind.INTERNAL) {
      return internal(e, uri);
    }
    return clientError(Problem.of(kind, webDetail(e, kind)), uri);
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri) {
    return internal(e, uri);
  }

  /** The kind of problem by status, as the exceptions of one status are not one class. */
  private static ProblemKind kindOf(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    return switch (status) {
      case 404 -> ProblemKind.NOT_FOUND;
      case 405 -> ProblemKind.METHOD_NOT_ALLOWED;
      case 406 -> ProblemKind.NOT_ACCEPTABLE;
      case 413 -> ProblemKind.LIMIT_EXCEEDED;
      case 415 -> ProblemKind.UNSUPPORTED_MEDIA_TYPE;
      default -> status >= 400 && status < 500 ? ProblemKind.INVALID_REQUEST : ProblemKind.INTERNAL;
    };
  }

  /**
   * The detail for a query parameter whose value is not the whole number the operation takes: the
   * parameter is the one whose value the number format names.
   */
  private static String notANumber(NumberFormatException e, UriInfo uri) {
    String message = String.valueOf(e.getMessage());
    return uri.getQueryParameters().entrySet().stream()
        .flatMap(p -> p.getValue().stream().map(v -> Map.entry(p.getKey(), v)))
        .filter(p -> message.contains("\"" + p.getValue() + "\""))
        .findFirst()
        .map(
            p ->
                "query parameter '"
                    + p.getKey()
                    + (p.getValue().matches("-?[0-9]+")
                        ? "' is out of range: " + p.getValue()
                        : "' must be a whole number, not '" + p.getValue() + "'"))
        .orElse("a query parameter must be a whole number: " + message);
  }

  private static String webDetail(WebApplicationException e, ProblemKind kind) {
    return switch (kind) {
      case UNSUPPORTED_MEDIA_TYPE -> "send the Dockerfile as text/plain, or as application/json";
      case NOT_ACCEPTABLE ->
          "none of the media types in Accept is one this operation answers; /q/openapi lists them";
      case NOT_FOUND -> "no resource at this path; the API is under /api/v1";
      case METHOD_NOT_ALLOWED -> "this path does not take that method";
      default -> e.getMessage() == null ? kind.title() : e.getMessage();
    };
  }

  private static Response clientError(Problem problem, UriInfo uri) {
    Problem located =
        problem.withInstance(uri.getPath()).withDetail(SECRETS.redact(problem.detail()));
    LOG.infof(
        "client error status=%d type=%s path=%s", located.status(), located.type(), uri.getPath());
    return ProblemResponses.of(located);
  }

  private static Response internal(Throwable e, UriInfo uri) {
    String id = UUID.randomUUID().toString();
    LOG.errorf(redacted(e), "internal error id=%s path=%s", id, uri.getPath());
    Problem problem =
        Problem.of(ProblemKind.INTERNAL, "unexpected error; quote id " + id + " when reporting it")
            .withInstance(uri.getPath());
    return ProblemResponses.of(problem);
  }

  /**
   * A stand-in for {@code e} whose messages are redacted, with the same stack, so that the log
   * never holds a secret that reached an exception's message.
   */
  private static Throwable redacted(Throwable e) {
    Throwable copy =
        new RedactedException(e.getClass().getName() + ": " + SECRETS.redact(e.getMessage()));
    copy.setStackTrace(e.getStackTrace());
    if (e.getCause() != null && e.getCause() != e) {
      copy.initCause(redacted(e.getCause()));
    }
    return copy;
  }

  /** An exception rebuilt for the log with its message redacted. */
  private static final class RedactedException extends RuntimeException {
    RedactedException(String message) {
      super(message);
    }
  }

  private static String leaf(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
