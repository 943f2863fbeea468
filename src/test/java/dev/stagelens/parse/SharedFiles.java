package dev.stagelens.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates and reads the team's read-only shared material beside the worktree. */
final class SharedFiles {

  private SharedFiles() {}

  /** A path under {@code ../shared}; fails the test clearly when the folder is missing. */
  static Path shared(String first, String... more) {
    Path root = Path.of("..", "shared");
    assertTrue(
        Files.isDirectory(root),
        "shared material not found at " + root.toAbsolutePath() + "; check out ../shared");
    return root.resolve(Path.of(first, more));
  }

  /** The file's text, strictly decoded as UTF-8. */
  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sub-folders of {@code dir}, sorted by name. */
  static List<Path> folders(Path dir) {
    try (Stream<Path> children = Files.list(dir)) {
      return children.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The regular files under {@code dir}, recursively, sorted by path. */
  static List<Path> filesUnder(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first line where two texts differ, for readable failure messages. */
  static String firstDifference(String expected, String actual) {
    String[] want = expected.split("\n", -1);
    String[] got = actual.split("\n", -1);
    for (int i = 0; i < Math.max(want.length, got.length); i++) {
      String w = i < want.length ? want[i] : "<missing>";
      String g = i < got.length ? got[i] : "<missing>";
      if (!w.equals(g)) {
        return "line " + (i + 1) + ": expected <" + w + "> but was <" + g + ">";
      }
    }
    return "no difference";
  }
}
