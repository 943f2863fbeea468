package dev.stagelens.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagelens.analysis.Analysis;
import dev.stagelens.analysis.AnalysisSettings;
import dev.stagelens.analysis.Analyzer;
import dev.stagelens.instruction.BuildOptions;
import dev.stagelens.parse.SecretPatterns;
import dev.stagelens.rule.LintReport;
import dev.stagelens.rule.RuleConfig;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * {@code POST /api/v1/findings}: the findings of a Dockerfile as JSON, SARIF 2.1.0 or a plain-text
 * summary for CI logs.
 */
@Path("/api/v1/findings")
public class FindingsResource {

  private final Analyzer analyzer;
  private final ObjectMapper json;

  FindingsResource(Analyzer analyzer, ObjectMapper json) {
    this.analyzer = analyzer;
    this.json = json;
  }

  /** One request, whatever its body, ready to run. */
  private record Job(
      String dockerfile, BuildOptions options, Optional<String> dockerignore, RuleConfig config) {}

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.APPLICATION_JSON)
  public FindingsView jsonFromText(String dockerfile, @BeanParam FindingsQuery query) {
    return view(job(dockerfile, query));
  }

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(SarifMapper.MEDIA_TYPE)
  public String sarifFromText(String dockerfile, @BeanParam FindingsQuery query) {
    return sarif(job(dockerfile, query));
  }

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.TEXT_PLAIN)
  public String summaryFromText(String dockerfile, @BeanParam FindingsQuery query) {
    return summary(job(dockerfile, query));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public FindingsView jsonFromJson(
      @Valid @NotNull(message = "is required") FindingsRequest request) {
    return view(job(request));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(SarifMapper.MEDIA_TYPE)
  public String sarifFromJson(@Valid @NotNull(message = "is required") FindingsRequest request) {
    return sarif(job(request));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.TEXT_PLAIN)
  public String summaryFromJson(@Valid @NotNull(message = "is required") FindingsRequest request) {
    return summary(job(request));
  }

  private Job job(String dockerfile, FindingsQuery query) {
    return new Job(
        dockerfile == null ? "" : dockerfile,
        query.options(),
        Optional.empty(),
        RuleRequests.fromQuery(analyzer.rules(), query.disable, query.severity, query.failOn));
  }

  private Job job(FindingsRequest request) {
    AnalysisRequest build =
        new AnalysisRequest(
            request.dockerfile(),
            request.target(),
            request.buildArgs(),
            request.platform(),
            null,
            null);
    return new Job(
        request.dockerfile(),
        BuildRequests.fromBody(build),
        Optional.ofNullable(request.dockerignore()),
        RuleRequests.fromBody(analyzer.rules(), request.rules()));
  }

  /** The findings with every secret-looking value in their messages masked. */
  private LintReport lint(Job job) {
    Analysis analysis =
        analyzer.analyze(
            job.dockerfile(),
            job.options(),
            AnalysisSettings.DEFAULTS.withLint(job.dockerignore(), job.config()));
    return analysis.lint().withMessages(AnalysisMapper.secrets(analysis)::redact);
  }

  private FindingsView view(Job job) {
    LintReport report = lint(job);
    return new FindingsView(
        report.findings().stream()
            .map(
                f ->
                    AnalysisMapper.finding(
                        f, analyzer.rules().rule(f.rule()).orElseThrow(), SecretPatterns.none()))
            .toList(),
        report.failed(),
        report.warningsAreErrors());
  }

  private String sarif(Job job) {
    try {
      return json.writeValueAsString(SarifMapper.toSarif(lint(job), analyzer.rules().rules()));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String summary(Job job) {
    return FindingsText.render(lint(job), job.config().failOn().label());
  }
}
