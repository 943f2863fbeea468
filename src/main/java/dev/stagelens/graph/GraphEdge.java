package dev.stagelens.graph;

/**
 * A dependency of stage {@code to} on a stage or an external image.
 *
 * @param from the index of the source stage, or null when the source is an external image
 * @param to the index of the dependent stage
 * @param kind how the dependency is made
 * @param line first line of the instruction that makes it
 * @param endLine last line of that instruction
 * @param image the external image reference, normalised, when {@code from} is null
 * @param onbuild true when an ONBUILD trigger inherited from the base stage makes it
 */
public record GraphEdge(
    Integer from, int to, EdgeKind kind, int line, int endLine, String image, boolean onbuild) {}
