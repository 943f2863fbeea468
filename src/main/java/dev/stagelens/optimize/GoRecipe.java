package dev.stagelens.optimize;

import dev.stagelens.fs.UnixPaths;
import dev.stagelens.graph.ImageReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Go: a {@code golang} stage that runs {@code go build -o PATH} ships only that binary on Alpine,
 * built with {@code CGO_ENABLED=0} so that it needs no C library.
 */
final class GoRecipe implements Recipe {

  static final String RUNTIME = "alpine:3.24";

  @Override
  public boolean recognises(ImageReference base) {
    return base.familiarName().equals("golang");
  }

  @Override
  public boolean builds(AndChain chain) {
    for (int i = 0; i < chain.segments().size(); i++) {
      if (!chain.program(i).equals("go")) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Optional<Plan> plan(Compile compile) {
    List<String> binaries = new ArrayList<>();
    for (Compile.Indexed tool : compile.toolChains(this)) {
      AndChain chain = tool.chain();
      for (int i = 0; i < chain.segments().size(); i++) {
        if (chain.segments().get(i).contains("CGO_ENABLED")) {
          return Optional.empty();
        }
        String workdir = compile.workdirs().get(tool.index());
        output(chain.words(i))
            .filter(out -> workdir != null || out.startsWith("/"))
            .map(out -> UnixPaths.resolve(workdir == null ? "/" : workdir, out))
            .ifPresent(binaries::add);
      }
    }
    boolean cgoSet =
        compile
            .draft()
            .analysis()
            .env()
            .stages()
            .get(compile.stage().index())
            .envAfter()
            .containsKey("CGO_ENABLED");
    if (binaries.isEmpty() || cgoSet) {
      return Optional.empty();
    }
    return Optional.of(
        new Plan(
            RUNTIME,
            List.of("ENV CGO_ENABLED=0"),
            List.of(),
            binaries,
            List.of(),
            false,
            false,
            Set.of(),
            Set.of(),
            "the builder compiles with CGO_ENABLED=0 and the image ships only "
                + String.join(", ", binaries)
                + " on "
                + RUNTIME));
  }

  /** The literal {@code -o} path of a {@code go build}, when it has one. */
  private static Optional<String> output(List<String> words) {
    if (words.size() < 2 || !words.get(1).equals("build")) {
      return Optional.empty();
    }
    for (int i = 2; i < words.size(); i++) {
      String word = words.get(i);
      String path =
          word.equals("-o") && i + 1 < words.size()
              ? words.get(i + 1)
              : word.startsWith("-o=") ? word.substring(3) : null;
      if (path != null) {
        return path.contains("$") || path.isEmpty() ? Optional.empty() : Optional.of(path);
      }
    }
    return Optional.empty();
  }
}
