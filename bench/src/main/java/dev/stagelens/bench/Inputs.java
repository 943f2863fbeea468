package dev.stagelens.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The Dockerfiles the benchmarks read, named the way the reports name them. */
public final class Inputs {

  /** One Dockerfile: a name for reports, its text and its size in UTF-8 bytes. */
  public record Dockerfile(String name, String text, int bytes) {

    static Dockerfile of(String name, String text) {
      return new Dockerfile(name, text, text.getBytes(StandardCharsets.UTF_8).length);
    }
  }

  /** One row of the corpus manifest that the benchmarks use. */
  private record Entry(String file, long bytes, List<String> tags) {}

  private Inputs() {}

  /**
   * The Dockerfiles an input name stands for: {@code tutorial}, {@code ml-N} (the N-th largest ML
   * file of the corpus), {@code largest}, {@code corpus} (every file) or {@code synthetic-LINES}.
   */
  public static List<Dockerfile> named(String name) {
    if (name.equals("tutorial")) {
      return List.of(read("tutorial", shared().resolve("cases/tutorial/Dockerfile")));
    }
    if (name.equals("corpus")) {
      return corpus(byBytesDescending(false));
    }
    if (name.equals("largest")) {
      return corpus(byBytesDescending(false)).subList(0, 1);
    }
    if (name.startsWith("ml-")) {
      int rank = Integer.parseInt(name.substring(3));
      return corpus(byBytesDescending(true)).subList(rank - 1, rank);
    }
    if (name.startsWith("synthetic-")) {
      int lines = Integer.parseInt(name.substring("synthetic-".length()));
      return List.of(Dockerfile.of(name, SyntheticDockerfile.generate(lines)));
    }
    throw new IllegalArgumentException(
        "unknown input " + name + "; use tutorial, ml-1, largest, corpus or synthetic-1000");
  }

  /** The shared folder: the system property {@code stagelens.shared}, else ../../shared. */
  public static Path shared() {
    Path path = Path.of(System.getProperty("stagelens.shared", "../../shared"));
    if (!Files.isDirectory(path.resolve("corpus"))) {
      throw new IllegalStateException(
          path.toAbsolutePath() + " holds no corpus; pass -Dstagelens.shared=/path/to/shared");
    }
    return path;
  }

  /** The total size of {@code files} in UTF-8 bytes. */
  public static long bytes(List<Dockerfile> files) {
    return files.stream().mapToLong(Dockerfile::bytes).sum();
  }

  private static List<Entry> byBytesDescending(boolean mlOnly) {
    List<Entry> entries = new ArrayList<>();
    List<String> rows = lines(shared().resolve("corpus/MANIFEST.tsv"));
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split("\t");
      List<String> tags = List.of(cells[6].split(","));
      if (!mlOnly || tags.contains("ml")) {
        entries.add(new Entry(cells[0], Long.parseLong(cells[4]), tags));
      }
    }
    entries.sort(Comparator.comparingLong(Entry::bytes).reversed().thenComparing(Entry::file));
    return entries;
  }

  /**
   * The entries' files that analyse with default build options: a few corpus files need build
   * arguments, and BuildKit would reject them without, so stagelens does too.
   */
  private static List<Dockerfile> corpus(List<Entry> entries) {
    Path files = shared().resolve("corpus/files");
    Phases phases = new Phases();
    return entries.stream()
        .map(e -> read(e.file(), files.resolve(e.file())))
        .filter(file -> analyses(phases, file))
        .toList();
  }

  private static boolean analyses(Phases phases, Dockerfile file) {
    try {
      phases.analyze(file.text());
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static Dockerfile read(String name, Path path) {
    try {
      return Dockerfile.of(name, Files.readString(path));
    } catch (IOException e) {
      throw new UncheckedIOException(path.toAbsolutePath() + " cannot be read", e);
    }
  }

  private static List<String> lines(Path path) {
    try {
      return Files.readAllLines(path);
    } catch (IOException e) {
      throw new UncheckedIOException(path.toAbsolutePath() + " cannot be read", e);
    }
  }
}
