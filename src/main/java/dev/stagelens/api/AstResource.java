package dev.stagelens.api;

import dev.stagelens.parse.Dumper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /api/v1/ast}: the syntax tree as JSON, or as BuildKit's parser dump. */
@Path("/api/v1/ast")
public class AstResource {

  private final Parsing parsing;

  AstResource(Parsing parsing) {
    this.parsing = parsing;
  }

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.APPLICATION_JSON)
  public AstView tree(String dockerfile) {
    return AstMapper.toView(parsing.parse(dockerfile));
  }

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.TEXT_PLAIN)
  public String dump(String dockerfile) {
    return Dumper.dump(parsing.parse(dockerfile).root()) + "\n";
  }
}
