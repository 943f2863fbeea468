package dev.stagelens.instruction;

import dev.stagelens.parse.Node;

/**
 * CMD: the default command of the image; BuildKit never expands variables in it.
 *
 * @param node the syntax node
 * @param command the command, shell or exec form
 */
public record CmdInstruction(Node node, CommandLine command) implements Instruction {}
