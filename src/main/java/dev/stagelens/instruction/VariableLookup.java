package dev.stagelens.instruction;

import java.util.Map;
import java.util.Optional;

/** Resolves a variable name to its value during expansion; absent means the variable is unset. */
@FunctionalInterface
public interface VariableLookup {

  /** A lookup in which no variable is set. */
  VariableLookup EMPTY = name -> Optional.empty();

  /** The value of {@code name}, empty when it is unset (an empty string is a set value). */
  Optional<String> lookup(String name);

  /** A lookup over a fixed map of names to values. */
  static VariableLookup of(Map<String, String> values) {
    Map<String, String> copy = Map.copyOf(values);
    return name -> Optional.ofNullable(copy.get(name));
  }
}
