package dev.stagelens.instruction;

import dev.stagelens.parse.Node;

/**
 * MAINTAINER (deprecated).
 *
 * @param node the syntax node
 * @param maintainer the text as written
 */
public record MaintainerInstruction(Node node, String maintainer) implements Instruction {}
