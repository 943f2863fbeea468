package dev.stagelens.api;

import dev.stagelens.analysis.AnalysisSettings;
import dev.stagelens.analysis.Analyzer;
import dev.stagelens.fs.BuildContext;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

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
  private final AnalysisMetrics metrics;
  private final StagelensConfig config;

  AnalysisResource(Analyzer analyzer, AnalysisMetrics metrics, StagelensConfig config) {
    this.analyzer = analyzer;
    this.metrics = metrics;
    this.config = config;
  }

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces({MediaType.APPLICATION_JSON, MARKDOWN})
  public Response fromText(
      String dockerfile,
      @QueryParam("target") String target,
      @QueryParam("build-arg") List<String> buildArgs,
      @QueryParam("platform") String platform,
      @QueryParam("maxImageBytes") Long maxImageBytes,
      @QueryParam("depth") Integer depth,
      @Context HttpHeaders headers) {
    BuildOptions options = BuildRequests.fromQuery(target, buildArgs, platform);
    AnalysisSettings settings =
        AnalysisSettings.DEFAULTS.withMaxImageBytes(BuildRequests.budget(maxImageBytes));
    return answer(dockerfile == null ? "" : dockerfile, options, settings, depth, headers);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({MediaType.APPLICATION_JSON, MARKDOWN})
  public Response fromJson(
      @Valid @NotNull(message = "is required") AnalysisRequest request,
      @QueryParam("depth") Integer depth,
      @Context HttpHeaders headers) {
    BuildContext context = ContextRequests.fromList(request.context());
    AnalysisSettings settings =
        AnalysisSettings.DEFAULTS
            .withMaxImageBytes(BuildRequests.budget(request.maxImageBytes()))
            .withContext(context);
    return answer(request.dockerfile(), BuildRequests.fromBody(request), settings, depth, headers);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces({MediaType.APPLICATION_JSON, MARKDOWN})
  public Response fromUpload(
      @RestForm("dockerfile") String dockerfile,
      @RestForm("context") FileUpload context,
      @RestForm("dockerignore") String dockerignore,
      @RestForm("target") String target,
      @RestForm("build-arg") List<String> buildArgs,
      @RestForm("platform") String platform,
      @QueryParam("depth") Integer depth,
      @Context HttpHeaders headers) {
    if (dockerfile == null) {
      throw new ProblemException(
          Problem.of(
              ProblemKind.INVALID_REQUEST,
              "part 'dockerfile' is required: send the Dockerfile text in it"));
    }
    BuildOptions options = BuildRequests.fromQuery(target, buildArgs, platform);
    BuildContext built = ContextRequests.fromArchive(context, dockerignore, config.context());
    return answer(
        dockerfile, options, AnalysisSettings.DEFAULTS.withContext(built), depth, headers);
  }

  private Response answer(
      String dockerfile,
      BuildOptions options,
      AnalysisSettings settings,
      Integer depth,
      HttpHeaders headers) {
    Negotiation.requireAcceptable(headers, MediaType.APPLICATION_JSON_TYPE, MARKDOWN_TYPE);
    int levels = depth == null ? AnalysisMapper.DEFAULT_DEPTH : depth;
    if (levels < 1) {
      throw new ProblemException(
          Problem.of(
              ProblemKind.INVALID_REQUEST, "depth " + levels + " is too small: give 1 or more"));
    }
    AnalysisView view =
        AnalysisMapper.toView(
            metrics.record(dockerfile, () -> analyzer.analyze(dockerfile, options, settings)),
            analyzer.rules().rules(),
            levels);
    if (Negotiation.prefers(headers, MARKDOWN_TYPE)) {
      return Response.ok(MarkdownReport.render(view), MARKDOWN_TYPE).build();
    }
    return Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
  }
}
