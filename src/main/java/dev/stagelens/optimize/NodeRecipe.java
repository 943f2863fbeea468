package dev.stagelens.optimize;

import dev.stagelens.graph.ImageReference;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Node: a stage on a full {@code node:<major>} base (16 or later) that runs {@code npm ci} or
 * {@code npm install} and {@code npm run build}; the builder then prunes the dev dependencies and
 * the image ships the working directory on {@code node:<major>-slim}, the same Debian release.
 */
final class NodeRecipe implements Recipe {

  private static final int FIRST_WITH_OMIT_DEV = 16;

  @Override
  public boolean recognises(ImageReference base) {
    return base.familiarName().equals("node") && major(base.tag()).isPresent();
  }

  @Override
  public boolean builds(AndChain chain) {
    for (int i = 0; i < chain.segments().size(); i++) {
      if (!chain.program(i).equals("npm")) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Optional<Plan> plan(Compile compile) {
    boolean installs = false;
    boolean builds = false;
    for (Compile.Indexed tool : compile.toolChains(this)) {
      for (int i = 0; i < tool.chain().segments().size(); i++) {
        List<String> args = tool.chain().words(i).subList(1, tool.chain().words(i).size());
        installs |= isInstall(args);
        builds |= args.equals(List.of("run", "build"));
      }
    }
    String tag = compile.stage().baseImage().tag();
    String runtime = "node:" + tag + "-slim";
    if (!installs || !builds || !compile.draft().catalog().knows(ImageReference.parse(runtime))) {
      return Optional.empty();
    }
    String workdir = compile.buildWorkdir();
    return Optional.of(
        new Plan(
            runtime,
            List.of(),
            List.of("RUN npm prune --omit=dev"),
            List.of(workdir),
            List.of(),
            true,
            true,
            Set.of("node"),
            Set.of(),
            "the builder installs, builds and prunes dev dependencies; the image ships "
                + workdir
                + " with production dependencies only on "
                + runtime));
  }

  private static boolean isInstall(List<String> args) {
    return !args.isEmpty()
        && (args.get(0).equals("ci") || args.get(0).equals("install"))
        && args.stream().skip(1).allMatch(a -> a.startsWith("-"));
  }

  /**
   * The major version of a full Debian-based node tag such as {@code 18} or {@code 20-bookworm}.
   */
  private static Optional<Integer> major(String tag) {
    String head = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
    String rest = tag.substring(head.length());
    if (!head.matches("\\d+") || rest.contains("slim") || rest.contains("alpine")) {
      return Optional.empty();
    }
    int major = Integer.parseInt(head);
    return major >= FIRST_WITH_OMIT_DEV ? Optional.of(major) : Optional.empty();
  }
}
