package dev.stagelens.optimize;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * One rewrite a {@link Rewrite} offers, on the lines of the file as it stands.
 *
 * @param rewrite the id of the rewrite
 * @param message what the change does and why it is safe to do
 * @param touchedStart the first line of the file as it stands that the change concerns
 * @param touchedEnd the last such line
 * @param edits the line edits, none overlapping
 * @param envChanged ENV names of the image the change alters on purpose, saying so in {@code
 *     message}
 */
record Proposal(
    String rewrite,
    String message,
    int touchedStart,
    int touchedEnd,
    List<Edit> edits,
    Set<String> envChanged) {

  Proposal {
    edits = edits.stream().sorted(Comparator.comparingInt(Edit::start).reversed()).toList();
    envChanged = Set.copyOf(envChanged);
  }

  /** A change that alters no ENV of the image. */
  Proposal(String rewrite, String message, int touchedStart, int touchedEnd, List<Edit> edits) {
    this(rewrite, message, touchedStart, touchedEnd, edits, Set.of());
  }

  /** The first line any edit touches, for ordering changes bottom-up. */
  int firstLine() {
    return edits.stream().mapToInt(Edit::start).min().orElse(touchedStart);
  }
}
