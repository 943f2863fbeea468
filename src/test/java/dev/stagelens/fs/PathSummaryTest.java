package dev.stagelens.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathSummaryTest {

  private static TrackedPath path(String path, Certainty certainty, long bytes) {
    return new TrackedPath(path, "file", certainty, 0, 1, "COPY", "COPY", bytes);
  }

  private static List<String> shown(List<PathSummary> summary) {
    return summary.stream()
        .map(
            s ->
                s.path()
                    + " "
                    + s.kind()
                    + " "
                    + s.certainty()
                    + " "
                    + s.bytes()
                    + " "
                    + s.folded())
        .toList();
  }

  @Test
  void deeperPaths_foldIntoTheirAncestorWithSummedBytes() {
    List<TrackedPath> paths =
        List.of(
            path("/app/src/a/b.js", Certainty.DECLARED, 10),
            path("/app/src/c.js", Certainty.DECLARED, 5),
            path("/app/x", Certainty.DECLARED, 1));
    assertEquals(
        List.of("/app/src directory DECLARED 15 2", "/app/x file DECLARED 1 0"),
        shown(PathSummary.of(paths, 2)));
  }

  @Test
  void trackedAncestor_keepsItsKindAndTakesTheWeakestCertainty() {
    List<TrackedPath> paths =
        List.of(
            new TrackedPath("/opt", "extracted", Certainty.DECLARED, 0, 1, "ADD", "ADD", 0),
            path("/opt/lib/x.so", Certainty.UNKNOWN, -1));
    assertEquals(List.of("/opt extracted UNKNOWN -1 1"), shown(PathSummary.of(paths, 1)));
  }

  @Test
  void shallowPaths_areShownAsTheyAre() {
    List<TrackedPath> paths = List.of(path("/a/b", Certainty.INFERRED, 3));
    assertEquals(List.of("/a/b file INFERRED 3 0"), shown(PathSummary.of(paths, 3)));
  }
}
