package dev.stagelens.instruction;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of expanding one word, as BuildKit's {@code ProcessWordWithMatches} reports it.
 *
 * @param result the expanded word
 * @param words the expanded text split into words the way BuildKit splits it
 * @param matched names of variables that were looked up and set, in first-use order
 * @param unmatched names of variables that were looked up and unset, in first-use order
 */
public record ExpansionResult(
    String result, List<String> words, Set<String> matched, Set<String> unmatched) {

  public ExpansionResult {
    words = List.copyOf(words);
    matched = frozen(matched);
    unmatched = frozen(unmatched);
  }

  /** An unmodifiable copy in the same order; most words name no variable, so share the empty. */
  private static Set<String> frozen(Set<String> names) {
    return names.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(names));
  }
}
