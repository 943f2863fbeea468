package dev.stagelens.optimize;

import dev.stagelens.fs.ShellCommand;
import dev.stagelens.fs.ShellScript;
import dev.stagelens.instruction.Instruction;
import dev.stagelens.instruction.RunInstruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts {@code apt-get update} and {@code apt-get install} in one RUN of the image, installs with
 * {@code --no-install-recommends} and removes the package lists in that same RUN, so that neither
 * the lists nor recommended packages reach a layer. A RUN holding only {@code apt-get update}
 * merges with an install RUN right after it.
 */
final class AptMerge implements Rewrite {

  static final String ID = "apt-lists";
  private static final String CLEANUP = "rm -rf /var/lib/apt/lists/*";
  private static final Pattern INSTALL = Pattern.compile("(apt-get(?:\\s+-\\S+)*\\s+install)\\b");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Proposal> propose(Draft draft) {
    List<Proposal> out = new ArrayList<>();
    List<Draft.Step> steps = draft.shippedSteps();
    for (int i = 0; i < steps.size(); i++) {
      Optional<AndChain> chain = chain(steps.get(i).instruction());
      if (chain.isEmpty() || !updates(chain.get())) {
        continue;
      }
      RunInstruction run = (RunInstruction) steps.get(i).instruction();
      Optional<Draft.Step> next =
          i + 1 < steps.size() ? Optional.of(steps.get(i + 1)) : Optional.empty();
      if (installs(chain.get())) {
        boolean keepLists = listsReadLater(steps, i + 1);
        merged(draft, run, null, chain.get().segments(), keepLists).ifPresent(out::add);
      } else if (next.isPresent() && next.get().stage() == steps.get(i).stage()) {
        boolean keepLists = listsReadLater(steps, i + 2);
        mergeWithNext(draft, run, chain.get(), next.get().instruction(), keepLists)
            .ifPresent(out::add);
        i++;
      }
    }
    return out;
  }

  /**
   * True when a RUN from {@code from} on installs or upgrades with apt before it updates the
   * package lists itself: it reads the lists an earlier RUN left, so they must stay.
   */
  private static boolean listsReadLater(List<Draft.Step> steps, int from) {
    for (Draft.Step step : steps.subList(Math.min(from, steps.size()), steps.size())) {
      if (step.instruction() instanceof RunInstruction run && readsLists(run)) {
        return true;
      }
    }
    return false;
  }

  private static boolean readsLists(RunInstruction run) {
    for (ShellCommand command : ShellScript.parse(ShellScript.script(run.command()))) {
      String program = command.program();
      if (program.equals("apt-get") || program.equals("apt")) {
        List<String> args = command.args();
        if (args.contains("update")) {
          return false;
        }
        if (args.contains("install") || args.contains("upgrade") || args.contains("dist-upgrade")) {
          return true;
        }
      }
    }
    return false;
  }

  private Optional<Proposal> mergeWithNext(
      Draft draft, RunInstruction update, AndChain chain, Instruction next, boolean keepLists) {
    Optional<AndChain> install = chain(next);
    if (install.isEmpty()
        || !installs(install.get())
        || !update.node().flags().isEmpty()
        || !next.node().flags().isEmpty()
        || !chain.segments().stream().allMatch(s -> s.startsWith("apt-get"))) {
      return Optional.empty();
    }
    List<String> segments = new ArrayList<>(chain.segments());
    segments.addAll(install.get().segments());
    return merged(draft, update, (RunInstruction) next, segments, keepLists);
  }

  private Optional<Proposal> merged(
      Draft draft,
      RunInstruction first,
      RunInstruction second,
      List<String> segments,
      boolean keepLists) {
    if (first.mountSpecs().stream().anyMatch(m -> m.contains("/var/lib/apt"))) {
      return Optional.empty();
    }
    List<String> fixed = new ArrayList<>();
    for (String segment : segments) {
      Matcher install = INSTALL.matcher(segment);
      boolean bare = install.find() && !segment.contains("--no-install-recommends");
      fixed.add(bare ? install.replaceFirst("$1 --no-install-recommends") : segment);
    }
    if (!keepLists && fixed.stream().noneMatch(s -> s.contains("/var/lib/apt/lists"))) {
      fixed.add(CLEANUP);
    }
    if (fixed.equals(segments) && second == null) {
      return Optional.empty();
    }
    int end = (second == null ? first : second).endLine();
    List<String> text = new AndChain(fixed).asRun(first.node().flags(), draft.escape());
    String message =
        (second == null ? "" : "merged with the apt-get install RUN below it; ")
            + (keepLists
                ? "apt-get install gets --no-install-recommends (packages apt only recommends "
                    + "are no longer installed); the package lists stay, as a later RUN installs "
                    + "from them without updating them"
                : "apt-get install gets --no-install-recommends and the package lists are "
                    + "removed in the same RUN, so they reach no layer (packages apt only "
                    + "recommends are no longer installed)");
    return Optional.of(
        new Proposal(
            ID, message, first.startLine(), end, List.of(Edit.of(first.startLine(), end, text))));
  }

  private static Optional<AndChain> chain(Instruction instruction) {
    return instruction instanceof RunInstruction run ? AndChain.of(run) : Optional.empty();
  }

  private static boolean updates(AndChain chain) {
    for (int i = 0; i < chain.segments().size(); i++) {
      if (chain.program(i).equals("apt-get") && chain.words(i).contains("update")) {
        return true;
      }
    }
    return false;
  }

  private static boolean installs(AndChain chain) {
    for (int i = 0; i < chain.segments().size(); i++) {
      if (chain.program(i).equals("apt-get") && chain.words(i).contains("install")) {
        return true;
      }
    }
    return false;
  }
}
