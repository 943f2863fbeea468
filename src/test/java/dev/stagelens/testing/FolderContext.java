package dev.stagelens.testing;

import dev.stagelens.fs.BuildContext;
import dev.stagelens.fs.ContextArchive;
import dev.stagelens.fs.ContextFile;
import dev.stagelens.fs.ContextLimits;
import dev.stagelens.fs.IgnorePatterns;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A build context read from a folder on disk, with its {@code .dockerignore} applied and the
 * entries of the archives it holds listed, as an uploaded context would be.
 */
public final class FolderContext {

  private FolderContext() {}

  /** The folder {@code root}, leaving out {@code alsoIgnored} patterns besides .dockerignore. */
  public static BuildContext of(Path root, List<String> alsoIgnored) {
    List<String> patterns = new ArrayList<>(alsoIgnored);
    Path ignoreFile = root.resolve(".dockerignore");
    try {
      if (Files.exists(ignoreFile)) {
        patterns.addAll(Files.readAllLines(ignoreFile));
      }
      return BuildContext.of(files(root), IgnorePatterns.parse(String.join("\n", patterns)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<ContextFile> files(Path root) throws IOException {
    List<ContextFile> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String path = root.relativize(file).toString();
        long bytes = Files.size(file);
        List<ContextFile> archive = isArchive(path) ? entries(file) : null;
        out.add(new ContextFile(path, "file", bytes, "", archive));
      }
    }
    return out;
  }

  private static boolean isArchive(String path) {
    return path.endsWith(".tar") || path.endsWith(".tar.gz") || path.endsWith(".tgz");
  }

  private static List<ContextFile> entries(Path archive) throws IOException {
    try (InputStream in = Files.newInputStream(archive)) {
      return ContextArchive.read(in, ContextLimits.DEFAULTS).files();
    }
  }
}
