package dev.stagelens.instruction;

import static dev.stagelens.instruction.Nodes.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stagelens.parse.Node;
import dev.stagelens.parse.ParseResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StagesTest {

  static ParseResult file(Node... instructions) {
    Node root =
        new Node(
            "", List.of(), List.of(), List.of(instructions), List.of(), false, "", 0, 0, List.of());
    return new ParseResult(root, List.of(), '\\', List.of());
  }

  private static InstructionException failure(Node... nodes) {
    return assertThrows(
        InstructionException.class, () -> InstructionParser.parseDockerfile(file(nodes)));
  }

  @Test
  void argsBeforeFirstFrom_areMetaArgs() {
    DockerfileInstructions df =
        InstructionParser.parseDockerfile(
            file(
                node(1, "ARG", "BASE=alpine"),
                node(2, "FROM", "$BASE", "AS", "Build"),
                node(3, "ARG", "X"),
                node(4, "RUN", "make"),
                node(5, "FROM", "build"),
                node(6, "COPY", "a", "b")));
    assertEquals(1, df.metaArgs().size());
    assertEquals("BASE", df.metaArgs().get(0).args().get(0).key());
    assertEquals(2, df.stages().size());
    Stage first = df.stages().get(0);
    assertEquals(0, first.index());
    assertEquals(Optional.of("build"), first.name());
    assertEquals(Optional.of("Build"), first.nameAsWritten());
    assertEquals("$BASE", first.baseName());
    assertEquals(2, first.commands().size());
    assertEquals(2, first.startLine());
    assertEquals(4, first.endLine());
    Stage second = df.stages().get(1);
    assertEquals(Optional.empty(), second.name());
    assertEquals(5, second.startLine());
    assertEquals(6, second.endLine());
  }

  @Test
  void emptyStage_endsAtItsFrom() {
    Stage stage =
        InstructionParser.parseDockerfile(file(node(3, "FROM", "scratch"))).stages().get(0);
    assertEquals(3, stage.endLine());
    assertEquals(List.of(), stage.commands());
  }

  @Test
  void instructionBeforeFirstFrom_fails() {
    InstructionException e = failure(node(1, "ARG", "A"), node(2, "RUN", "x"));
    assertEquals("no build stage in current context", e.getMessage());
    assertEquals(2, e.startLine());
  }

  @Test
  void invalidInstruction_failsAtItsLine() {
    InstructionException e = failure(node(1, "FROM", "alpine"), node(2, "EXPOS", "80"));
    assertEquals("unknown instruction: EXPOS (did you mean EXPOSE?)", e.getMessage());
    assertEquals(2, e.startLine());
  }

  @Test
  void docComment_isTheCommentStartingWithStageName() {
    Node from =
        Nodes.withComments(
            1,
            "FROM",
            List.of("pinned base", "builder compiles the app"),
            "golang",
            "AS",
            "builder");
    Stage stage = InstructionParser.parseDockerfile(file(from)).stages().get(0);
    assertEquals("compiles the app", stage.docComment());
    assertEquals(List.of("pinned base", "builder compiles the app"), stage.comments());
  }

  @Test
  void argAfterFirstFrom_isAStageCommand() {
    DockerfileInstructions df =
        InstructionParser.parseDockerfile(file(node(1, "FROM", "a"), node(2, "ARG", "X")));
    assertEquals(List.of(), df.metaArgs());
    assertEquals(ArgInstruction.class, df.stages().get(0).commands().get(0).getClass());
  }
}
