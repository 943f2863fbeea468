package dev.stagelens.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Rejects request bodies over {@code stagelens.limits.max-body-bytes} with a 413 problem.
 *
 * <p>A declared {@code Content-Length} over the limit is refused before the body is read; a chunked
 * body that grows past the limit is cut off by the HTTP layer, whose bare 413 is turned into the
 * same problem document here.
 */
@ApplicationScoped
public class BodyLimit {

  private final long maxBytes;
  private final ObjectMapper mapper;

  BodyLimit(StagelensConfig config, ObjectMapper mapper) {
    this.maxBytes = config.limits().maxBodyBytes();
    this.mapper = mapper;
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::checkDeclaredLength);
    router.route().order(Integer.MIN_VALUE).failureHandler(this::answerTooLarge);
  }

  private void checkDeclaredLength(RoutingContext ctx) {
    String declared = ctx.request().getHeader("Content-Length");
    if (declared != null && exceeds(declared)) {
      respond(ctx);
      return;
    }
    ctx.next();
  }

  private void answerTooLarge(RoutingContext ctx) {
    if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
      respond(ctx);
      return;
    }
    ctx.next();
  }

  private boolean exceeds(String declared) {
    try {
      return Long.parseLong(declared.trim()) > maxBytes;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private void respond(RoutingContext ctx) {
    Problem problem = LimitProblems.bodyTooLarge(maxBytes).withInstance(ctx.request().path());
    ctx.response()
        .setStatusCode(413)
        .putHeader("Content-Type", Problem.MEDIA_TYPE)
        .putHeader("Connection", "close")
        .end(toJson(problem));
  }

  private String toJson(Problem problem) {
    try {
      return mapper.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("problem document cannot be written", e);
    }
  }
}
