package dev.stagelens.optimize;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The lines of a Dockerfile with, for each, the line of the original file it stands for (0 for a
 * line a rewrite wrote), and the line ending to write them back with.
 *
 * @param lines the lines, without endings
 * @param origins the original line of each, or 0
 * @param ending {@code \r\n} when the original used it, else {@code \n}
 * @param finalEnding true when the text ends with a line ending
 */
record Lines(List<String> lines, List<Integer> origins, String ending, boolean finalEnding) {

  Lines {
    lines = List.copyOf(lines);
    origins = List.copyOf(origins);
  }

  /** The lines of {@code text}, each its own origin. */
  static Lines of(String text) {
    String ending = text.contains("\r\n") ? "\r\n" : "\n";
    boolean finalEnding = text.endsWith("\n");
    String body = finalEnding ? text.substring(0, text.length() - 1) : text;
    if (ending.equals("\r\n") && body.endsWith("\r")) {
      body = body.substring(0, body.length() - 1);
    }
    List<String> lines =
        text.isEmpty()
            ? List.of()
            : Arrays.asList(body.split(ending.equals("\n") ? "\n" : "\r\n", -1));
    List<Integer> origins = IntStream.rangeClosed(1, lines.size()).boxed().toList();
    return new Lines(lines, origins, ending, finalEnding || text.isEmpty());
  }

  /** These lines with {@code edits} applied, bottom-up so that line numbers stay valid. */
  Lines apply(List<Edit> edits) {
    List<String> text = new ArrayList<>(lines);
    List<Integer> from = new ArrayList<>(origins);
    for (Edit edit : edits) {
      for (int line = edit.end(); line >= edit.start(); line--) {
        text.remove(line - 1);
        from.remove(line - 1);
      }
      text.addAll(edit.start() - 1, edit.lines());
      from.addAll(edit.start() - 1, edit.origins().stream().map(this::originOf).toList());
    }
    return new Lines(text, from, ending, finalEnding);
  }

  private int originOf(int line) {
    return line > 0 ? origins.get(line - 1) : 0;
  }

  /** The original lines that lines {@code start} to {@code end} stand for, ascending. */
  List<Integer> originalLines(int start, int end) {
    return origins.subList(Math.max(0, start - 1), Math.min(origins.size(), end)).stream()
        .filter(line -> line > 0)
        .distinct()
        .sorted()
        .toList();
  }

  /** The text, with the original's line endings. */
  String text() {
    String joined = String.join(ending, lines);
    return lines.isEmpty() || !finalEnding ? joined : joined + ending;
  }

  /** A unified diff from {@code before} to these lines, empty when they are the same. */
  String diffFrom(Lines before) {
    if (before.lines.equals(lines)) {
      return "";
    }
    List<String> diff =
        UnifiedDiffUtils.generateUnifiedDiff(
            "a/Dockerfile", "b/Dockerfile", before.lines, DiffUtils.diff(before.lines, lines), 3);
    return String.join("\n", diff) + "\n";
  }
}
