package dev.stagelens.api;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import dev.stagelens.rule.Finding;
import dev.stagelens.rule.LintReport;
import dev.stagelens.rule.Rule;
import dev.stagelens.rule.Severity;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;

/** Turns findings into a SARIF 2.1.0 log with one run, the rules as the driver's descriptors. */
final class SarifMapper {

  /** The media type of a SARIF log. */
  static final String MEDIA_TYPE = "application/sarif+json";

  private static final URI SCHEMA = URI.create("https://json.schemastore.org/sarif-2.1.0.json");
  private static final String ARTIFACT = "Dockerfile";

  private SarifMapper() {}

  /** The SARIF log of {@code report}, with every rule of {@code rules} described. */
  static SarifSchema210 toSarif(LintReport report, List<Rule> rules) {
    List<String> ids = rules.stream().map(Rule::id).toList();
    ToolComponent driver =
        new ToolComponent()
            .withName("stagelens")
            .withVersion("0.1.0")
            .withRules(new LinkedHashSet<>(rules.stream().map(SarifMapper::descriptor).toList()));
    List<Result> results =
        report.findings().stream().map(f -> result(f, ids.indexOf(f.rule()))).toList();
    Run run = new Run().withTool(new Tool().withDriver(driver)).withResults(results);
    return new SarifSchema210()
        .with$schema(SCHEMA)
        .withVersion(SarifSchema210.Version._2_1_0)
        .withRuns(List.of(run));
  }

  private static ReportingDescriptor descriptor(Rule rule) {
    ReportingDescriptor descriptor =
        new ReportingDescriptor()
            .withId(rule.id())
            .withShortDescription(new MultiformatMessageString().withText(rule.description()))
            .withHelp(new MultiformatMessageString().withText(rule.fix()))
            .withDefaultConfiguration(
                new ReportingConfiguration()
                    .withLevel(ReportingConfiguration.Level.fromValue(level(rule.severity()))));
    return rule.docs().startsWith("https://")
        ? descriptor.withHelpUri(URI.create(rule.docs()))
        : descriptor;
  }

  private static Result result(Finding finding, int ruleIndex) {
    Region region = new Region().withStartLine(finding.line()).withEndLine(finding.endLine());
    PhysicalLocation place =
        new PhysicalLocation()
            .withArtifactLocation(new ArtifactLocation().withUri(ARTIFACT))
            .withRegion(region);
    return new Result()
        .withRuleId(finding.rule())
        .withRuleIndex(ruleIndex)
        .withLevel(Result.Level.fromValue(level(finding.severity())))
        .withMessage(new Message().withText(finding.message()))
        .withLocations(List.of(new Location().withPhysicalLocation(place)));
  }

  /** SARIF has no style level: style and info findings are notes. */
  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO, STYLE -> "note";
    };
  }
}
