package dev.stagelens.graph.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagelens.testing.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class DotWriterTest {

  private static final String BR20 = DotWriter.write(Renderings.of("cases/BR-20.Dockerfile"));

  /** Runs Graphviz's {@code dot -Tcanon} on {@code text}. */
  static Processes.Outcome graphviz(String text) throws IOException, InterruptedException {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/dot")),
        "Graphviz's dot is not installed; .ci/run installs the graphviz package");
    return Processes.run(new ProcessBuilder("/usr/bin/dot", "-Tcanon"), text);
  }

  @Test
  void br20_parsesWithGraphviz() throws IOException, InterruptedException {
    Processes.Outcome result = graphviz(BR20);
    assertEquals(0, result.exit(), result.output());
    assertTrue(result.output().contains("digraph stages"), result.output());
  }

  @Test
  void brokenDot_isRejectedByGraphviz() throws IOException, InterruptedException {
    Processes.Outcome result = graphviz("digraph { a -> [ }\n");
    assertEquals(1, result.exit(), result.output());
  }

  @Test
  void quotesAndBackslashesInLabels_stayInsideTheString() throws IOException, InterruptedException {
    Diagram odd =
        new Diagram(
            List.of(new DiagramNode("s0", "a\"b\\c", "FROM x", NodeKind.BUILT_STAGE, true)),
            List.of());
    String dot = DotWriter.write(odd);
    assertTrue(dot.contains("label=\"a\\\"b\\\\c\\nFROM x\""), dot);
    assertEquals(0, graphviz(dot).exit());
  }

  @Test
  void br20_stagesImagesAndEdgeKinds_areDrawnDifferently() {
    assertTrue(
        BR20.contains(
            "s0 [label=\"base\\nFROM python:3.12-slim\", shape=box, style=\"rounded,bold\"];"),
        BR20);
    assertTrue(
        BR20.contains(
            "s1 [label=\"build\\nFROM base\", shape=box, style=\"rounded,dashed\", color=gray55, fontcolor=gray45];"),
        BR20);
    assertTrue(
        BR20.contains(
            "s2 [label=\"stage-2\\nFROM base\", shape=box, style=\"rounded,bold\", peripheries=2];"),
        BR20);
    assertTrue(
        BR20.contains("i0 [label=\"registry.example.com/tools/uv:0.5.4\\nimage\", shape=ellipse"),
        BR20);
    assertTrue(
        BR20.contains(
            "s0 -> s1 [label=\"base, line 4\", style=bold, color=gray55, fontcolor=gray55];"),
        BR20);
    assertTrue(
        BR20.contains(
            "i2 -> s2 [label=\"copy, line 7\", style=solid, color=black, fontcolor=black];"),
        BR20);
  }

  @Test
  void br13_mountEdge_isDotted() {
    String dot = DotWriter.write(Renderings.of("cases/BR-13.Dockerfile"));
    assertTrue(dot.contains("s0 -> s2 [label=\"mount, line 6\", style=dotted, color=black"), dot);
  }
}
