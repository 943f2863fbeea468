package dev.stagelens.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the shared test material that sits beside the repository. */
final class SharedFiles {

  /** The shared folder: conformance files, corpus, cases and data. */
  static final Path ROOT = Path.of("..", "shared");

  private SharedFiles() {}

  /** The text of {@code relative} under the shared folder. */
  static String read(String relative) {
    Path path = ROOT.resolve(relative);
    if (!Files.exists(path)) {
      throw new IllegalStateException(
          path.toAbsolutePath() + " is missing: the shared folder must sit beside the repository");
    }
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file of the shared corpus, in path order. */
  static List<Path> corpusFiles() {
    try (Stream<Path> walk = Files.walk(ROOT.resolve("corpus/files"))) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
