package dev.stagelens.api;

import dev.stagelens.analysis.Analyzer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/v1/rules}: every rule stagelens runs. */
@Path("/api/v1/rules")
public class RulesResource {

  private final Analyzer analyzer;

  RulesResource(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<RuleView> list() {
    return analyzer.rules().rules().stream().map(RuleView::of).toList();
  }
}
