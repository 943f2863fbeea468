package dev.stagelens.optimize;

import dev.stagelens.instruction.RunInstruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps package-manager caches out of the image's layers: {@code pip install --no-cache-dir},
 * {@code apk add --no-cache}, and {@code npm cache clean --force} at the end of a RUN that runs
 * {@code npm ci} or {@code npm install}.
 *
 * <p>It disables the caches rather than adding {@code RUN --mount=type=cache}: the flags work with
 * every builder and need no {@code # syntax} line, and a RUN that already mounts something is left
 * alone, since its caches may be mounts already.
 */
final class PackageCache implements Rewrite {

  static final String ID = "package-cache";
  private static final Pattern PIP =
      Pattern.compile("^((?:\\S+=\\S*\\s+)*(?:\\S*/)?(?:pip3?|python3? -m pip)\\s+install)\\b");
  private static final Pattern APK = Pattern.compile("^((?:\\S*/)?apk\\s+add)\\b");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Proposal> propose(Draft draft) {
    List<Proposal> out = new ArrayList<>();
    for (Draft.Step step : draft.shippedSteps()) {
      if (step.instruction() instanceof RunInstruction run && run.mountSpecs().isEmpty()) {
        AndChain.of(run)
            .flatMap(chain -> fixed(chain))
            .ifPresent(fix -> out.add(proposal(draft, run, fix)));
      }
    }
    return out;
  }

  private static Proposal proposal(Draft draft, RunInstruction run, AndChain fix) {
    List<String> text = fix.asRun(run.node().flags(), draft.escape());
    return new Proposal(
        ID,
        "package caches are not written to the layer (pip --no-cache-dir, apk --no-cache, "
            + "npm cache clean --force as needed)",
        run.startLine(),
        run.endLine(),
        List.of(Edit.of(run.startLine(), run.endLine(), text)));
  }

  /** The chain with its caches disabled, or empty when it leaves none. */
  private static Optional<AndChain> fixed(AndChain chain) {
    List<String> out = new ArrayList<>();
    boolean npm = false;
    boolean cleaned = false;
    for (int i = 0; i < chain.segments().size(); i++) {
      String segment = chain.segments().get(i);
      List<String> words = chain.words(i);
      boolean npmCommand = chain.program(i).equals("npm") && words.size() > 1;
      npm |= npmCommand && (words.get(1).equals("ci") || words.get(1).equals("install"));
      cleaned |= npmCommand && words.get(1).equals("cache");
      out.add(withFlag(withFlag(segment, PIP, "--no-cache-dir"), APK, "--no-cache"));
    }
    if (npm && !cleaned) {
      out.add("npm cache clean --force");
    }
    return out.equals(chain.segments()) ? Optional.empty() : Optional.of(new AndChain(out));
  }

  private static String withFlag(String segment, Pattern command, String flag) {
    if (segment.contains(flag)) {
      return segment;
    }
    return command.matcher(segment).replaceFirst("$1 " + flag);
  }
}
