package dev.stagelens.instruction;

import dev.stagelens.parse.Node;
import java.util.Optional;

/**
 * FROM: the start of a build stage.
 *
 * @param node the syntax node
 * @param baseName the image or stage reference as written, variables unexpanded
 * @param stageName the stage name in lower case as BuildKit stores it, empty when unnamed
 * @param stageNameAsWritten the stage name as written, empty when unnamed
 * @param platform the {@code --platform} value as written, empty when not given
 */
public record FromInstruction(
    Node node,
    String baseName,
    Optional<String> stageName,
    Optional<String> stageNameAsWritten,
    Optional<String> platform)
    implements Instruction {}
