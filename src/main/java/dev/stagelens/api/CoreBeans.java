package dev.stagelens.api;

import dev.stagelens.analysis.AnalysisLimits;
import dev.stagelens.analysis.Analyzer;
import dev.stagelens.optimize.Optimizer;
import dev.stagelens.parse.ParserLimits;
import dev.stagelens.size.DebianArchive;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the core's shared, immutable services available to the resources. */
public class CoreBeans {

  @Produces
  @Singleton
  ParserLimits parserLimits(StagelensConfig config) {
    StagelensConfig.Limits l = config.limits();
    return new ParserLimits(
        l.maxLineLength(), l.maxLines(), l.maxHeredocBytes(), l.maxInstructions(), l.maxStages());
  }

  @Produces
  @Singleton
  Analyzer analyzer(ParserLimits limits, StagelensConfig config) {
    StagelensConfig.Limits l = config.limits();
    return new Analyzer(
        new AnalysisLimits(
            limits,
            l.maxExpansionLength(),
            l.maxExpansionNesting(),
            l.maxPatternWildcards(),
            l.maxScopeEntries(),
            l.maxTrackedPaths(),
            l.analysisTimeout()));
  }

  /**
   * Reads the Debian package data in the background once the service has started: start-up stays
   * short, and the first requests do not spend their analysis budget loading it.
   */
  void loadPackageData(@Observes StartupEvent event) {
    Thread loader =
        new Thread(() -> DebianArchive.RELEASES.forEach(DebianArchive::of), "stagelens-data");
    loader.setDaemon(true);
    loader.start();
  }

  @Produces
  @Singleton
  Optimizer optimizer(Analyzer analyzer) {
    return new Optimizer(analyzer);
  }
}
