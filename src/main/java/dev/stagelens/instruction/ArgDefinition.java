package dev.stagelens.instruction;

import java.util.Optional;

/**
 * One name of an ARG instruction.
 *
 * @param key the name
 * @param defaultValue the default as written after {@code =} (quotes kept), empty when none
 * @param docComment the text of a comment line above the ARG that starts with the name
 */
public record ArgDefinition(String key, Optional<String> defaultValue, String docComment) {}
