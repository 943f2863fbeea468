package dev.stagelens.rule;

import dev.stagelens.instruction.BuildOptions;
import dev.stagelens.instruction.InstructionParser;
import dev.stagelens.size.BaseImageCatalog;
import dev.stagelens.size.SizeDefaults;
import dev.stagelens.size.SizeEstimator;
import dev.stagelens.testing.Pipeline;
import java.util.List;
import java.util.Optional;

/** Runs the rules on a Dockerfile for tests, and prints findings as {@code line Rule: message}. */
final class Lint {

  static final RuleRegistry REGISTRY = new RuleRegistry(BaseImageCatalog.load());
  private static final SizeEstimator SIZES =
      new SizeEstimator(BaseImageCatalog.load(), SizeDefaults.load());

  private Lint() {}

  static RuleContext context(String dockerfile, BuildOptions options, String dockerignore) {
    Pipeline.Result result = Pipeline.run(dockerfile, options);
    return new RuleContext(
        result.parsed(),
        InstructionParser.parseDockerfile(result.parsed()),
        result.env(),
        result.graph(),
        result.files(),
        SIZES.estimate(result.graph(), result.files()),
        Optional.ofNullable(dockerignore),
        Optional.empty(),
        new Scans());
  }

  /** The findings of every rule, as {@code line Rule: message}. */
  static List<String> all(String dockerfile) {
    return lines(REGISTRY.check(context(dockerfile, BuildOptions.defaults(), null)));
  }

  /** The findings of rule {@code id} alone, as {@code line Rule: message}. */
  static List<String> of(String id, String dockerfile) {
    return all(dockerfile).stream().filter(line -> line.contains(" " + id + ": ")).toList();
  }

  /** The findings as {@code line Rule severity}. */
  static List<String> severities(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.line() + " " + f.rule() + " " + f.severity().label())
        .toList();
  }

  static List<String> lines(List<Finding> findings) {
    return findings.stream().map(f -> f.line() + " " + f.rule() + ": " + f.message()).toList();
  }
}
