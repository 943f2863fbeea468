package dev.stagelens.testing;

import dev.stagelens.fs.BuildContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** A build context read from a folder on disk, with its {@code .dockerignore} applied. */
public final class FolderContext implements BuildContext {

  private final Path root;
  private final List<PathMatcher> ignored = new ArrayList<>();

  /** The folder {@code root}, leaving out {@code alsoIgnored} globs besides .dockerignore. */
  public FolderContext(Path root, List<String> alsoIgnored) {
    this.root = root;
    List<String> patterns = new ArrayList<>(alsoIgnored);
    Path ignoreFile = root.resolve(".dockerignore");
    if (Files.exists(ignoreFile)) {
      patterns.addAll(read(ignoreFile));
    }
    for (String pattern : patterns) {
      String clean = pattern.strip().replaceAll("^/+|/+$", "");
      if (!clean.isEmpty() && !clean.startsWith("#")) {
        ignored.add(FileSystems.getDefault().getPathMatcher("glob:" + clean));
      }
    }
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long sizeOf(String source) {
    String clean = source.replaceAll("^\\./|/+$", "");
    if (clean.contains("*") || clean.contains("?")) {
      PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + clean);
      return files().stream()
          .filter(f -> glob.matches(root.relativize(f)))
          .mapToLong(this::size)
          .sum();
    }
    Path start = clean.isEmpty() || clean.equals(".") ? root : root.resolve(clean);
    return files().stream().filter(f -> f.startsWith(start)).mapToLong(this::size).sum();
  }

  @Override
  public long unpackedSizeOf(String source) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(root.resolve(source)))) {
      return in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException e) {
      return -1;
    }
  }

  private List<Path> files() {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).filter(f -> !isIgnored(root.relativize(f))).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean isIgnored(Path relative) {
    for (Path p = relative; p != null; p = p.getParent()) {
      for (PathMatcher matcher : ignored) {
        if (matcher.matches(p)) {
          return true;
        }
      }
    }
    return false;
  }

  private long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
