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
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code POST /api/v1/analyses}: the whole analysis of a Dockerfile. */
@Path("/api/v1/analyses")
public class AnalysisResource {

  private final Analyzer analyzer;
  private final AnalysisMetrics metrics;

  AnalysisResource(Analyzer analyzer, AnalysisMetrics metrics) {
    this.analyzer = analyzer;
    this.metrics = metrics;
  }

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.APPLICATION_JSON)
  public AnalysisView fromText(
      String dockerfile,
      @QueryParam("target") String target,
      @QueryParam("build-arg") List<String> buildArgs,
      @QueryParam("platform") String platform,
      @QueryParam("maxImageBytes") Long maxImageBytes) {
    BuildOptions options = BuildRequests.fromQuery(target, buildArgs, platform);
    return analyze(
        dockerfile == null ? "" : dockerfile, options, BuildRequests.budget(maxImageBytes));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public AnalysisView fromJson(@Valid @NotNull(message = "is required") AnalysisRequest request) {
    return analyze(
        request.dockerfile(),
        BuildRequests.fromBody(request),
        BuildRequests.budget(request.maxImageBytes()));
  }

  private AnalysisView analyze(String dockerfile, BuildOptions options, Long maxImageBytes) {
    return AnalysisMapper.toView(
        metrics.record(dockerfile, () -> analyzer.analyze(dockerfile, options, maxImageBytes)));
  }
}
