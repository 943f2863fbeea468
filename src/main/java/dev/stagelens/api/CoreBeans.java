package dev.stagelens.api;

import dev.stagelens.analysis.AnalysisLimits;
import dev.stagelens.analysis.Analyzer;
import dev.stagelens.optimize.Optimizer;
import dev.stagelens.parse.ParserLimits;
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

  @Produces
  @Singleton
  Optimizer optimizer(Analyzer analyzer) {
    return new Optimizer(analyzer);
  }
}
