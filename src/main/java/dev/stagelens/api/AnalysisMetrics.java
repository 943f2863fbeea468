package dev.stagelens.api;

import dev.stagelens.analysis.Analysis;
import dev.stagelens.rule.Finding;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Records what the analyses cost and find: their duration, the size of the Dockerfiles sent and the
 * findings by rule, served at {@code /q/metrics} with the HTTP metrics Quarkus records per
 * endpoint.
 */
@ApplicationScoped
public class AnalysisMetrics {

  /** Timer of whole analyses, tagged {@code outcome} {@code ok} or {@code rejected}. */
  static final String DURATION = "stagelens.analysis.duration";

  /** Size of the Dockerfiles analysed, in bytes of UTF-8. */
  static final String INPUT_SIZE = "stagelens.analysis.input.size";

  /** Findings reported, tagged {@code rule} and {@code severity}. */
  static final String FINDINGS = "stagelens.findings";

  private final MeterRegistry registry;
  private final DistributionSummary inputSize;

  AnalysisMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.inputSize =
        DistributionSummary.builder(INPUT_SIZE)
            .description("Size of the Dockerfiles analysed")
            .baseUnit("bytes")
            .register(registry);
  }

  /** Runs {@code analysis} on {@code dockerfile}, timing it and counting what it found. */
  Analysis record(String dockerfile, Supplier<Analysis> analysis) {
    inputSize.record(dockerfile.getBytes(StandardCharsets.UTF_8).length);
    Timer.Sample sample = Timer.start(registry);
    String outcome = "rejected";
    try {
      Analysis done = analysis.get();
      outcome = "ok";
      done.findings().forEach(this::count);
      return done;
    } finally {
      sample.stop(timer(outcome));
    }
  }

  private Timer timer(String outcome) {
    return Timer.builder(DURATION)
        .description("Time to analyse one Dockerfile, from text to findings")
        .tag("outcome", outcome)
        .register(registry);
  }

  private void count(Finding finding) {
    Counter.builder(FINDINGS)
        .description("Findings reported by the rules")
        .tag("rule", finding.rule())
        .tag("severity", finding.severity().label())
        .register(registry)
        .increment();
  }
}
