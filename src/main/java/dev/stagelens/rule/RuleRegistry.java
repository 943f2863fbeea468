package dev.stagelens.rule;

import dev.stagelens.parse.Deadline;
import dev.stagelens.size.BaseImageCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every rule stagelens runs, in one place; the API and the docs list them from here. */
public final class RuleRegistry {

  private final List<Rule> rules;

  public RuleRegistry(BaseImageCatalog catalog) {
    this.rules =
        List.of(
            new NoEmptyContinuation(),
            new MaintainerDeprecated(),
            new JsonArgsRecommended(),
            new StageNameCasing(),
            new FromAsCasing(),
            new DuplicateStageName(),
            new ReservedStageName(),
            new ConsistentInstructionCasing(),
            new UndefinedArgInFrom(),
            new InvalidDefaultArgInFrom(),
            new RedundantTargetPlatform(),
            new FromPlatformFlagConstDisallowed(),
            new WorkdirRelativePath(),
            new UndefinedVar(),
            new MultipleInstructionsDisallowed(),
            new LegacyKeyValueFormat(),
            new SecretsUsedInArgOrEnv(),
            new SecretValueInArgOrEnv(),
            new ExposeProtoCasing(),
            new ExposeInvalidFormat(),
            new CopyIgnoredFile(),
            new CopyFromLooksLikeStage(),
            new AptListsNotRemoved(),
            new PackageCacheLeft(),
            new DeletedInLaterLayer(),
            new ChownInSeparateLayer(),
            new BuildLeftoversInImage(),
            new BuildOnlyPackagesInImage(),
            new RootUserInImage(),
            new UnpinnedBaseImage(),
            new BuildToolBaseInImage(catalog),
            new SingleStageCompile(),
            new CopyAllBeforeInstall(),
            new ContextCopiedWithoutDockerignore(),
            new ImageOverBudget(),
            new CurlPipedToShell(),
            new TlsVerificationDisabled(),
            new SudoInRun(),
            new AptPackageUnpinned(),
            new ApkPackageUnpinned(),
            new PipPackageUnpinned(),
            new NpmPackageUnpinned(),
            new AptGetMissingYes(),
            new AptMissingNoInstallRecommends(),
            new AptInsteadOfAptGet(),
            new CdInsteadOfWorkdir(),
            new AddRemoteUnverified(),
            new AddInsteadOfCopy());
  }

  /** The rules, in registration order. */
  public List<Rule> rules() {
    return rules;
  }

  /** The rule with {@code id}, if registered. */
  public Optional<Rule> rule(String id) {
    return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
  }

  /**
   * Runs every rule with the default configuration and the file's own suppressions; the findings
   * come back ordered by line, then rule id.
   */
  public List<Finding> check(RuleContext context) {
    return lint(context, RuleConfig.DEFAULTS).findings();
  }

  /** Runs every rule, then applies the file's suppressions and {@code config}. */
  public LintReport lint(RuleContext context, RuleConfig config) {
    Suppressions suppressions = Suppressions.of(context.parsed());
    boolean escalate = suppressions.warningsAreErrors();
    List<Finding> out = new ArrayList<>();
    for (Rule rule : rules) {
      Deadline.check();
      if (config.disabled().contains(rule.id())) {
        continue;
      }
      for (Finding finding : rule.check(context)) {
        if (!suppressions.suppresses(finding, rule)) {
          out.add(finalSeverity(finding, rule, config, escalate));
        }
      }
    }
    out.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::rule));
    boolean failed = out.stream().anyMatch(f -> f.severity().compareTo(config.failOn()) <= 0);
    return new LintReport(out, failed, escalate);
  }

  private static Finding finalSeverity(
      Finding finding, Rule rule, RuleConfig config, boolean escalate) {
    Severity severity = config.severityOf(finding);
    if (escalate && rule instanceof BuildKitCheck && severity.compareTo(Severity.ERROR) > 0) {
      severity = Severity.ERROR;
    }
    return severity == finding.severity() ? finding : finding.withSeverity(severity);
  }
}
