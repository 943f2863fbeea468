package dev.stagelens.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every real Dockerfile of the shared corpus dumps exactly as BuildKit dumped it. The dumps hold
 * BuildKit's {@code Dump()} plus one final newline.
 */
class CorpusDumpTest {

  private static final Path FILES = SharedFiles.shared("corpus", "files");
  private static final Path DUMPS = SharedFiles.shared("corpus", "buildkit-dumps");

  @Test
  void everyCorpusFile_dumpsLikeBuildKit() {
    List<Path> files = SharedFiles.filesUnder(FILES);
    List<String> failures = new ArrayList<>();
    int matched = 0;
    for (Path file : files) {
      String failure = compare(file);
      if (failure == null) {
        matched++;
      } else {
        failures.add(failure);
      }
    }
    System.out.printf("Corpus: %d of %d files dump like BuildKit%n", matched, files.size());
    failures.forEach(System.out::println);

    assertEquals(397, files.size());
    assertEquals(List.of(), failures);
  }

  private static String compare(Path file) {
    Path relative = FILES.relativize(file);
    Path dumpFile = DUMPS.resolve(relative + ".dump");
    if (!Files.isRegularFile(dumpFile)) {
      return relative + ": no BuildKit dump at " + dumpFile;
    }
    String expected = SharedFiles.read(dumpFile);
    assertTrue(expected.endsWith(")\n"), dumpFile + " does not end with one newline");
    String actual;
    try {
      actual = Dumper.dump(DockerfileParser.parse(SharedFiles.read(file))) + "\n";
    } catch (DockerfileParseException e) {
      return relative + ": rejected at line " + e.startLine() + ": " + e.getMessage();
    }
    return expected.equals(actual)
        ? null
        : relative + ": " + SharedFiles.firstDifference(expected, actual);
  }
}
