package dev.stagelens.fs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tracked path as shown in a tree cut at a readable depth: deeper paths fold into their ancestor
 * at that depth, which counts them and adds up their bytes.
 *
 * @param path the absolute path, at most {@code depth} segments deep
 * @param kind the path's own kind, or {@code directory} for an ancestor made up by folding
 * @param certainty the weakest certainty of the path and what folded into it
 * @param bytes the exact bytes of the path and what folded into it, or -1 when any is unknown
 * @param folded how many deeper tracked paths folded into this one
 * @param entry the tracked path itself, or null for an ancestor made up by folding
 */
public record PathSummary(
    String path, String kind, Certainty certainty, long bytes, int folded, TrackedPath entry) {

  /** {@code paths} in path order, every path deeper than {@code depth} folded into its ancestor. */
  public static List<PathSummary> of(Collection<TrackedPath> paths, int depth) {
    Map<String, PathSummary> out = new LinkedHashMap<>();
    for (TrackedPath tracked : paths) {
      String at = ancestorAt(tracked.path(), depth);
      PathSummary existing = out.get(at);
      if (at.equals(tracked.path())) {
        PathSummary own =
            new PathSummary(at, tracked.kind(), tracked.certainty(), tracked.bytes(), 0, tracked);
        out.put(at, existing == null ? own : own.absorb(existing));
      } else {
        PathSummary folded =
            new PathSummary(at, "directory", tracked.certainty(), tracked.bytes(), 1, null);
        out.put(at, existing == null ? folded : existing.absorb(folded));
      }
    }
    List<PathSummary> sorted = new ArrayList<>(out.values());
    sorted.sort((a, b) -> a.path().compareTo(b.path()));
    return List.copyOf(sorted);
  }

  private PathSummary absorb(PathSummary other) {
    long sum = bytes < 0 || other.bytes < 0 ? -1 : bytes + other.bytes;
    Certainty weakest = certainty.compareTo(other.certainty) >= 0 ? certainty : other.certainty;
    return new PathSummary(path, kind, weakest, sum, folded + other.folded, entry);
  }

  private static String ancestorAt(String path, int depth) {
    int seen = 0;
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '/' && i > 0 && ++seen == depth) {
        return path.substring(0, i);
      }
    }
    return path;
  }
}
