package dev.stagelens.instruction;

import dev.stagelens.parse.Node;

/**
 * ENTRYPOINT: the executable of the image; BuildKit never expands variables in it.
 *
 * @param node the syntax node
 * @param command the command, shell or exec form
 */
public record EntrypointInstruction(Node node, CommandLine command) implements Instruction {}
