package dev.stagelens.rule;

import dev.stagelens.fs.PathChange;
import dev.stagelens.fs.StepRecord;
import dev.stagelens.fs.UnixPaths;
import dev.stagelens.instruction.RunInstruction;
import dev.stagelens.size.SizeReport;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A RUN that changes owner or mode recursively over files earlier layers wrote: the new layer
 * stores every such file again in full, so the image carries them twice.
 */
final class ChownInSeparateLayer extends AbstractRule {

  /** Smaller duplicates are a few configuration files, not worth a finding. */
  private static final long MIN_BYTES = 1_000_000L;

  ChownInSeparateLayer() {
    super(
        "ChownInSeparateLayer",
        Severity.WARNING,
        true,
        "A recursive chown or chmod in its own layer stores the files earlier layers wrote again",
        "Set owner and mode where the files are written: COPY --chown=<user> / --chmod=<mode>, "
            + "or run the install as that user (USER before the RUN)");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (StepRecord step : context.shippedSteps()) {
      List<PathChange> rewrites = recursiveRewrites(step);
      if (rewrites.isEmpty()) {
        continue;
      }
      long bytes = 0;
      TreeSet<Integer> lines = new TreeSet<>();
      for (SizeReport.Waste waste : context.sizes().waste()) {
        if (duplicatedBy(waste, step, rewrites) && waste.bytes() > 0) {
          bytes += waste.bytes();
          lines.add(waste.line());
        }
      }
      if (bytes >= MIN_BYTES) {
        out.add(at(step.instruction(), step.stage(), message(rewrites.get(0), lines, bytes)));
      }
    }
    return out;
  }

  private static List<PathChange> recursiveRewrites(StepRecord step) {
    if (!(step.instruction() instanceof RunInstruction) || !step.layer()) {
      return List.of();
    }
    return step.changes().stream()
        .filter(c -> c.op() == PathChange.Op.REWRITE && c.kind().equals("tree"))
        .toList();
  }

  private static boolean duplicatedBy(
      SizeReport.Waste waste, StepRecord step, List<PathChange> rewrites) {
    return waste.cause() == step.index()
        && waste.kind().equals("duplicate")
        && rewrites.stream().anyMatch(r -> UnixPaths.isWithin(waste.path(), r.path()));
  }

  private static String message(PathChange rewrite, TreeSet<Integer> lines, long bytes) {
    List<String> numbers = lines.stream().map(String::valueOf).toList();
    return "'"
        + rewrite.reason()
        + "' stores again what line"
        + (numbers.size() > 1 ? "s " : " ")
        + String.join(", ", numbers)
        + " wrote: "
        + megabytes(bytes)
        + " ship twice in a stage that ships in the image";
  }
}
