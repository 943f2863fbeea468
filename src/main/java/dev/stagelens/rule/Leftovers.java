package dev.stagelens.rule;

import dev.stagelens.fs.UnixPaths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Folders of a source tree that no image needs at run time, recognised by name: version control,
 * dependency folders installed on the host, bytecode and tool caches, and the build output of a
 * Maven, Gradle or Cargo project (recognised only next to the project's manifest).
 */
final class Leftovers {

  /** What each folder name holds. */
  private static final Map<String, String> NAMED =
      Map.of(
          ".git", "version control history",
          "node_modules", "node_modules from outside the build",
          "__pycache__", "Python bytecode cache",
          ".m2", "Maven cache",
          ".gradle", "Gradle cache",
          ".npm", "npm cache",
          ".cache", "tool cache");

  /** Build output folder names, with the manifests that make them a project's build output. */
  private static final Map<String, List<String>> BUILD_OUTPUT =
      Map.of(
          "target", List.of("pom.xml", "Cargo.toml"),
          "build", List.of("build.gradle", "build.gradle.kts"));

  /** One leftover folder: its path and what it holds. */
  record Found(String root, String what) {}

  private Leftovers() {}

  /**
   * The leftover folder {@code path} lies in, if any; {@code present} answers whether a path exists
   * alongside it, to recognise build output by its project's manifest.
   */
  static Optional<Found> of(String path, Set<String> present) {
    String prefix = "";
    for (String segment : path.substring(1).split("/")) {
      String root = prefix + "/" + segment;
      if (NAMED.containsKey(segment)) {
        return Optional.of(new Found(root, NAMED.get(segment)));
      }
      String parent = prefix.isEmpty() ? "/" : prefix;
      Optional<String> manifest =
          BUILD_OUTPUT.getOrDefault(segment, List.of()).stream()
              .filter(m -> present.contains(UnixPaths.resolve(parent, m)))
              .findFirst();
      if (manifest.isPresent()) {
        return Optional.of(new Found(root, "build output next to " + manifest.get()));
      }
      prefix = root;
    }
    return Optional.empty();
  }
}
