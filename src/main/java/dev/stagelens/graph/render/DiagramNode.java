package dev.stagelens.graph.render;

/**
 * One box of the diagram.
 *
 * @param id an identifier safe in every format: {@code s<index>} for stages, {@code i<n>} for
 *     images
 * @param label the first line: the stage's name or {@code stage-N}, or the image reference
 * @param detail the second line: the stage's base, or {@code image}
 * @param kind what the box stands for
 * @param target true for the stage being built
 */
public record DiagramNode(String id, String label, String detail, NodeKind kind, boolean target) {}
