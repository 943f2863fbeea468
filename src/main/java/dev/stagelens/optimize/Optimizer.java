package dev.stagelens.optimize;

import dev.stagelens.analysis.Analysis;
import dev.stagelens.analysis.AnalysisSettings;
import dev.stagelens.analysis.Analyzer;
import dev.stagelens.instruction.BuildOptions;
import dev.stagelens.parse.Deadline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rewrites a Dockerfile to build a smaller image without changing what the image does.
 *
 * <p>Each rewrite offers changes on the file as it stands; each change is applied on its own and
 * kept only when the rewritten file still parses and analyses, the target image keeps its
 * ENTRYPOINT, CMD, exposed ports, USER, WORKDIR and ENV (see {@link Behaviour}), and the image
 * estimate does not grow. Changes replace whole instructions or insert new ones, so every line they
 * do not touch stays byte for byte as written.
 */
public final class Optimizer {

  private final Analyzer analyzer;
  private final List<Rewrite> rewrites;

  /** An optimiser that analyses with {@code analyzer} and its base-image catalog. */
  public Optimizer(Analyzer analyzer) {
    this.analyzer = analyzer;
    this.rewrites =
        List.of(new SplitStage(), new RuntimeBase(), new AptMerge(), new PackageCache());
  }

  /**
   * Optimises {@code dockerfile} for the build {@code options} describe.
   *
   * @throws RuntimeException as {@link Analyzer#analyze} does when the original does not analyse
   */
  public Optimization optimize(String dockerfile, BuildOptions options, AnalysisSettings settings) {
    return Deadline.within(
        analyzer.limits().timeout(), () -> optimizeWithin(dockerfile, options, settings));
  }

  private Optimization optimizeWithin(
      String dockerfile, BuildOptions options, AnalysisSettings settings) {
    Lines original = Lines.of(dockerfile);
    Analysis first = analyzer.analyze(dockerfile, options, settings);
    Run run = new Run(options, settings, Behaviour.of(first), original, first);
    for (Rewrite rewrite : rewrites) {
      Draft draft = new Draft(run.lines.lines(), run.analysis, options, analyzer.catalog());
      rewrite.propose(draft).stream()
          .sorted(Comparator.comparingInt(Proposal::firstLine).reversed())
          .forEach(run::attempt);
    }
    long before = first.sizes().image().bytes();
    long after = run.analysis.sizes().image().bytes();
    return new Optimization(
        dockerfile,
        run.lines.text(),
        run.changes,
        run.dropped,
        run.lines.diffFrom(original),
        before,
        after,
        statement(run, before - after),
        IgnoreAdvice.of(first, settings));
  }

  private static String statement(Run run, long saved) {
    if (run.changes.isEmpty()) {
      return "Nothing can be changed safely: "
          + (run.dropped.isEmpty()
              ? "no rewrite applies to this Dockerfile."
              : run.dropped.size() + " rewrite(s) were tried and dropped; see dropped.");
    }
    return run.changes.size()
        + " change(s) applied; the image estimate shrinks by "
        + saved
        + " bytes.";
  }

  /** One optimisation in progress: the file as it stands and what was kept and dropped. */
  private final class Run {
    private final BuildOptions options;
    private final AnalysisSettings settings;
    private Behaviour behaviour;
    private final List<Change> changes = new ArrayList<>();
    private final List<Dropped> dropped = new ArrayList<>();
    private Lines lines;
    private Analysis analysis;

    Run(
        BuildOptions options,
        AnalysisSettings settings,
        Behaviour behaviour,
        Lines lines,
        Analysis analysis) {
      this.options = options;
      this.settings = settings;
      this.behaviour = behaviour;
      this.lines = lines;
      this.analysis = analysis;
    }

    void attempt(Proposal proposal) {
      List<Integer> touched = lines.originalLines(proposal.touchedStart(), proposal.touchedEnd());
      Lines candidate = lines.apply(proposal.edits());
      Analysis checked;
      try {
        checked = analyzer.analyze(candidate.text(), options, settings);
      } catch (RuntimeException e) {
        drop(proposal, touched, "the rewritten file does not analyse: " + e.getMessage());
        return;
      }
      Behaviour after = Behaviour.of(checked);
      List<String> differences = behaviour.differences(after, proposal.envChanged());
      long was = analysis.sizes().image().bytes();
      long now = checked.sizes().image().bytes();
      if (!differences.isEmpty()) {
        drop(proposal, touched, String.join("; ", differences));
      } else if (now > was) {
        drop(proposal, touched, "the image estimate would grow from " + was + " to " + now);
      } else {
        changes.add(new Change(proposal.rewrite(), proposal.message(), touched, was - now));
        lines = candidate;
        analysis = checked;
        behaviour = after;
      }
    }

    private void drop(Proposal proposal, List<Integer> touched, String reason) {
      dropped.add(new Dropped(proposal.rewrite(), proposal.message(), touched, reason));
    }
  }
}
