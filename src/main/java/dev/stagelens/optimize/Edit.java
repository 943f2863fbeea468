package dev.stagelens.optimize;

import java.util.Collections;
import java.util.List;

/**
 * Replaces lines {@code start} to {@code end} of a text (1-based, inclusive) with new lines; an
 * {@code end} of {@code start - 1} inserts before line {@code start}.
 *
 * @param start the first line replaced, or the line the new lines go before
 * @param end the last line replaced, {@code start - 1} for an insertion
 * @param lines the new lines, without line endings
 * @param origins for each new line, the line of the file as it stands that it repeats, or 0 for a
 *     new one
 */
record Edit(int start, int end, List<String> lines, List<Integer> origins) {

  Edit {
    lines = List.copyOf(lines);
    origins = List.copyOf(origins);
    if (origins.size() != lines.size() || end < start - 1) {
      throw new IllegalArgumentException("edit of lines " + start + "-" + end + " is malformed");
    }
  }

  /** Lines that repeat nothing of the original file. */
  static Edit of(int start, int end, List<String> lines) {
    return new Edit(start, end, lines, Collections.nCopies(lines.size(), 0));
  }

  /** New lines before line {@code before}. */
  static Edit insert(int before, List<String> lines) {
    return of(before, before - 1, lines);
  }

  /** True when this and {@code other} change or insert at the same lines. */
  boolean overlaps(Edit other) {
    return start <= Math.max(other.end, other.start) && other.start <= Math.max(end, start);
  }
}
