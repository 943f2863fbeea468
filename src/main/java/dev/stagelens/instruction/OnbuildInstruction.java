package dev.stagelens.instruction;

import dev.stagelens.parse.Node;
import java.util.Optional;

/**
 * ONBUILD: an instruction stored in the image and run when another build uses it as a base.
 *
 * @param node the syntax node
 * @param expression the trigger text as BuildKit stores it (the line after {@code ONBUILD}, with
 *     any heredoc bodies appended)
 * @param trigger the trigger parsed as an instruction; empty when it does not parse, which BuildKit
 *     only reports when a child image is built
 */
public record OnbuildInstruction(Node node, String expression, Optional<Instruction> trigger)
    implements Instruction {}
