package dev.stagelens.api;

import dev.stagelens.parse.Dumper;
import dev.stagelens.parse.ParseResult;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/v1/ast}: the syntax tree as JSON, or, when {@code text/plain} is asked for
 * before JSON, as BuildKit's parser dump.
 */
@Path("/api/v1/ast")
public class AstResource {

  private final Parsing parsing;

  AstResource(Parsing parsing) {
    this.parsing = parsing;
  }

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
  public Response parse(String dockerfile, @Context HttpHeaders headers) {
    ParseResult result = parsing.parse(dockerfile);
    if (Negotiation.prefers(headers, MediaType.TEXT_PLAIN_TYPE)) {
      String dump = AstMapper.secrets(result).redact(Dumper.dump(result));
      return Response.ok(dump + "\n", MediaType.TEXT_PLAIN_TYPE).build();
    }
    return Response.ok(AstMapper.toView(result), MediaType.APPLICATION_JSON_TYPE).build();
  }
}
