package dev.stagelens.api;

import dev.stagelens.analysis.AnalysisSettings;
import dev.stagelens.instruction.BuildOptions;
import dev.stagelens.optimize.Optimization;
import dev.stagelens.optimize.Optimizer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code POST /api/v1/optimizations}: the Dockerfile rewritten to build a smaller image with the
 * same behaviour, as JSON with every change explained, or as the rewritten file ({@code
 * text/plain}) or the diff ({@code text/x-diff}) alone.
 */
@Path("/api/v1/optimizations")
public class OptimizationResource {

  /** The media type of a unified diff. */
  static final String DIFF = "text/x-diff";

  private final Optimizer optimizer;

  OptimizationResource(Optimizer optimizer) {
    this.optimizer = optimizer;
  }

  /** One request, whatever its body, ready to run. */
  private record Job(String dockerfile, BuildOptions options, AnalysisSettings settings) {}

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.APPLICATION_JSON)
  public OptimizationView jsonFromText(
      String dockerfile,
      @QueryParam("target") String target,
      @QueryParam("build-arg") List<String> buildArgs,
      @QueryParam("platform") String platform) {
    return OptimizationView.of(run(job(dockerfile, target, buildArgs, platform)));
  }

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.TEXT_PLAIN)
  public String dockerfileFromText(
      String dockerfile,
      @QueryParam("target") String target,
      @QueryParam("build-arg") List<String> buildArgs,
      @QueryParam("platform") String platform) {
    return run(job(dockerfile, target, buildArgs, platform)).rewritten();
  }

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(DIFF)
  public String diffFromText(
      String dockerfile,
      @QueryParam("target") String target,
      @QueryParam("build-arg") List<String> buildArgs,
      @QueryParam("platform") String platform) {
    return run(job(dockerfile, target, buildArgs, platform)).diff();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public OptimizationView jsonFromJson(
      @Valid @NotNull(message = "is required") AnalysisRequest request) {
    return OptimizationView.of(run(job(request)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.TEXT_PLAIN)
  public String dockerfileFromJson(
      @Valid @NotNull(message = "is required") AnalysisRequest request) {
    return run(job(request)).rewritten();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(DIFF)
  public String diffFromJson(@Valid @NotNull(message = "is required") AnalysisRequest request) {
    return run(job(request)).diff();
  }

  private static Job job(
      String dockerfile, String target, List<String> buildArgs, String platform) {
    return new Job(
        dockerfile == null ? "" : dockerfile,
        BuildRequests.fromQuery(target, buildArgs, platform),
        AnalysisSettings.DEFAULTS);
  }

  private static Job job(AnalysisRequest request) {
    AnalysisSettings settings =
        AnalysisSettings.DEFAULTS
            .withMaxImageBytes(BuildRequests.budget(request.maxImageBytes()))
            .withContext(ContextRequests.fromList(request.context()));
    return new Job(request.dockerfile(), BuildRequests.fromBody(request), settings);
  }

  private Optimization run(Job job) {
    return optimizer.optimize(job.dockerfile(), job.options(), job.settings());
  }
}
