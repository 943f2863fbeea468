package dev.stagelens.analysis;

import dev.stagelens.fs.BuildContext;
import dev.stagelens.rule.RuleConfig;
import java.util.Optional;

/**
 * What a request asks of an analysis besides the build itself.
 *
 * @param maxImageBytes the image's size budget in bytes, or null for none
 * @param context the build context COPY and ADD read from, or null when it is not known
 * @param dockerignore the text of the context's {@code .dockerignore}, when given
 * @param rules which rules run, at which severity, and the threshold that fails
 */
public record AnalysisSettings(
    Long maxImageBytes, BuildContext context, Optional<String> dockerignore, RuleConfig rules) {

  /** No budget, no context, the rules as registered. */
  public static final AnalysisSettings DEFAULTS =
      new AnalysisSettings(null, null, Optional.empty(), RuleConfig.DEFAULTS);

  /** These settings with the budget {@code bytes}. */
  public AnalysisSettings withMaxImageBytes(Long bytes) {
    return new AnalysisSettings(bytes, context, dockerignore, rules);
  }

  /** These settings with the build context {@code files}. */
  public AnalysisSettings withContext(BuildContext files) {
    return new AnalysisSettings(maxImageBytes, files, dockerignore, rules);
  }

  /** These settings with the context's {@code .dockerignore} text and the rule configuration. */
  public AnalysisSettings withLint(Optional<String> ignore, RuleConfig config) {
    return new AnalysisSettings(maxImageBytes, context, ignore, config);
  }
}
