package dev.stagelens.api;

import dev.stagelens.analysis.AnalysisSettings;
import dev.stagelens.instruction.BuildOptions;
import dev.stagelens.optimize.Optimization;
import dev.stagelens.optimize.Optimizer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/v1/optimizations}: the Dockerfile rewritten to build a smaller image with the
 * same behaviour, as JSON with every change explained, or as the rewritten file ({@code
 * text/plain}) or the diff ({@code text/x-diff}) alone.
 */
@Path("/api/v1/optimizations")
public class OptimizationResource {

  private static final String DIFF_TYPE = "text/x-diff";

  /**
   * The media type of a unified diff, ranked below JSON so that a client accepting every type the
   * contract names gets the JSON answer.
   */
  static final String DIFF = DIFF_TYPE + ";qs=0.5";

  /** The rewritten Dockerfile alone, ranked below JSON for the same reason. */
  static final String DOCKERFILE = MediaType.TEXT_PLAIN + ";qs=0.5";

  private final Optimizer optimizer;

  OptimizationResource(Optimizer optimizer) {
    this.optimizer = optimizer;
  }

  /** One request, whatever its body, ready to run. */
  private record Job(String dockerfile, BuildOptions options, AnalysisSettings settings) {}

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.APPLICATION_JSON)
  public OptimizationView jsonFromText(String dockerfile, @BeanParam BuildQuery query) {
    return OptimizationView.of(run(job(dockerfile, query)));
  }

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(DOCKERFILE)
  public Response dockerfileFromText(String dockerfile, @BeanParam BuildQuery query) {
    return text(run(job(dockerfile, query)).rewritten(), MediaType.TEXT_PLAIN);
  }

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(DIFF)
  public Response diffFromText(String dockerfile, @BeanParam BuildQuery query) {
    return text(run(job(dockerfile, query)).diff(), DIFF_TYPE);
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
  @Produces(DOCKERFILE)
  public Response dockerfileFromJson(
      @Valid @NotNull(message = "is required") AnalysisRequest request) {
    return text(run(job(request)).rewritten(), MediaType.TEXT_PLAIN);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(DIFF)
  public Response diffFromJson(@Valid @NotNull(message = "is required") AnalysisRequest request) {
    return text(run(job(request)).diff(), DIFF_TYPE);
  }

  private static Job job(String dockerfile, BuildQuery query) {
    return new Job(
        dockerfile == null ? "" : dockerfile, query.options(), AnalysisSettings.DEFAULTS);
  }

  private static Job job(AnalysisRequest request) {
    AnalysisSettings settings =
        AnalysisSettings.DEFAULTS
            .withMaxImageBytes(BuildRequests.budget(request.maxImageBytes()))
            .withContext(ContextRequests.fromList(request.context()));
    return new Job(request.dockerfile(), BuildRequests.fromBody(request), settings);
  }

  /**
   * A text answer of {@code type} in UTF-8; the ranking parameter of the produced type stays out of
   * the Content-Type the client sees.
   */
  private static Response text(String body, String type) {
    return Response.ok(body, type + ";charset=UTF-8").build();
  }

  private Optimization run(Job job) {
    return optimizer.optimize(job.dockerfile(), job.options(), job.settings());
  }
}
