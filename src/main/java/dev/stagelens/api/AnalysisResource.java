package dev.stagelens.api;

import dev.stagelens.analysis.Analyzer;
import dev.stagelens.instruction.BuildOptions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code POST /api/v1/analyses}: the whole analysis of a Dockerfile, as JSON or, when {@code
 * text/markdown} is asked for before JSON, as a Markdown report.
 */
@Path("/api/v1/analyses")
public class AnalysisResource {

  /** The media type of the Markdown report. */
  static final String MARKDOWN = "text/markdown";

  private static final MediaType MARKDOWN_TYPE = MediaType.valueOf(MARKDOWN + ";charset=UTF-8");

  private final Analyzer analyzer;

  AnalysisResource(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces({MediaType.APPLICATION_JSON, MARKDOWN})
  public Response fromText(
      String dockerfile,
      @QueryParam("target") String target,
      @QueryParam("build-arg") List<String> buildArgs,
      @QueryParam("platform") String platform,
      @Context HttpHeaders headers) {
    BuildOptions options = BuildRequests.fromQuery(target, buildArgs, platform);
    return answer(dockerfile == null ? "" : dockerfile, options, headers);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({MediaType.APPLICATION_JSON, MARKDOWN})
  public Response fromJson(
      @Valid @NotNull(message = "is required") AnalysisRequest request,
      @Context HttpHeaders headers) {
    return answer(request.dockerfile(), BuildRequests.fromBody(request), headers);
  }

  private Response answer(String dockerfile, BuildOptions options, HttpHeaders headers) {
    AnalysisView view =
        AnalysisMapper.toView(analyzer.analyze(dockerfile, options), analyzer.rules().rules());
    if (Negotiation.prefers(headers, MARKDOWN_TYPE)) {
      return Response.ok(MarkdownReport.render(view), MARKDOWN_TYPE).build();
    }
    return Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
  }
}
