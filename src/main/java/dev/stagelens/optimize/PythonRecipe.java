package dev.stagelens.optimize;

import dev.stagelens.graph.ImageReference;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Python: a stage on a full {@code python:<version>} base that installs with pip; the builder
 * installs into a virtual environment at {@code /opt/venv}, and the image ships it and the working
 * directory on {@code python:<version>-slim}, whose interpreter sits at the same path. PATH gains
 * {@code /opt/venv/bin} at its front so that {@code python} is the environment's.
 */
final class PythonRecipe implements Recipe {

  static final String VENV = "/opt/venv";
  private static final String PATH = "ENV PATH=\"" + VENV + "/bin:$PATH\"";
  private static final Set<String> ELSEWHERE =
      Set.of("--user", "--target", "-t", "--prefix", "--root", "--system");

  @Override
  public boolean recognises(ImageReference base) {
    return base.familiarName().equals("python") && version(base.tag()).isPresent();
  }

  @Override
  public boolean builds(AndChain chain) {
    for (int i = 0; i < chain.segments().size(); i++) {
      List<String> words = chain.words(i);
      boolean pip =
          chain.program(i).matches("pip3?")
              || chain.program(i).matches("python3?")
                  && words.size() > 2
                  && words.get(1).equals("-m")
                  && words.get(2).equals("pip");
      if (!pip || words.stream().anyMatch(w -> ELSEWHERE.contains(w.split("=")[0]))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Optional<Plan> plan(Compile compile) {
    boolean installs =
        compile.toolChains(this).stream()
            .anyMatch(
                tool -> tool.chain().segments().stream().anyMatch(s -> s.contains("install")));
    String tag = compile.stage().baseImage().tag();
    String version = version(tag).orElseThrow();
    String runtime = "python:" + version + "-slim" + tag.substring(version.length());
    if (!installs || !compile.draft().catalog().knows(ImageReference.parse(runtime))) {
      return Optional.empty();
    }
    String workdir = compile.buildWorkdir();
    return Optional.of(
        new Plan(
            runtime,
            List.of("RUN python -m venv " + VENV, PATH),
            List.of(),
            List.of(VENV, workdir),
            List.of(PATH),
            true,
            true,
            Set.of(),
            Set.of("PATH"),
            "the builder installs the pip packages into a virtual environment at "
                + VENV
                + "; the image ships it and "
                + workdir
                + " on "
                + runtime
                + ", and PATH gains "
                + VENV
                + "/bin at its front"));
  }

  /**
   * The version of a full Debian-based python tag such as {@code 3.12} or {@code 3.11-bookworm}.
   */
  private static Optional<String> version(String tag) {
    String head = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
    String rest = tag.substring(head.length());
    boolean full =
        head.matches("\\d+(\\.\\d+)*") && !rest.contains("slim") && !rest.contains("alpine");
    return full ? Optional.of(head) : Optional.empty();
  }
}
