package dev.stagelens.graph.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagelens.graph.EdgeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagramTest {

  @Test
  void br20_stagesThenEachImageOnce_withBuiltSkippedAndTarget() {
    Diagram diagram = Renderings.of("cases/BR-20.Dockerfile");
    assertEquals(
        List.of(
            new DiagramNode("s0", "base", "FROM python:3.12-slim", NodeKind.BUILT_STAGE, false),
            new DiagramNode("s1", "build", "FROM base", NodeKind.SKIPPED_STAGE, false),
            new DiagramNode("s2", "stage-2", "FROM base", NodeKind.BUILT_STAGE, true),
            new DiagramNode(
                "i0", "registry.example.com/tools/uv:0.5.4", "image", NodeKind.IMAGE, false),
            new DiagramNode(
                "i1", "docker.io/library/hello-world:latest", "image", NodeKind.IMAGE, false),
            new DiagramNode(
                "i2", "docker.io/library/biuld:latest", "image", NodeKind.IMAGE, false)),
        diagram.nodes());
  }

  @Test
  void br20_edgesCarryKindLineAndWhetherTheyAreBuilt() {
    Diagram diagram = Renderings.of("cases/BR-20.Dockerfile");
    assertEquals(
        List.of(
            new DiagramEdge("i0", "s0", EdgeKind.COPY, false, 2, true),
            new DiagramEdge("i1", "s0", EdgeKind.COPY, false, 3, true),
            new DiagramEdge("s0", "s1", EdgeKind.BASE, false, 4, false),
            new DiagramEdge("s0", "s2", EdgeKind.BASE, false, 6, true),
            new DiagramEdge("i2", "s2", EdgeKind.COPY, false, 7, true)),
        diagram.edges());
    assertEquals("copy, line 7", diagram.edges().get(4).label());
  }

  @Test
  void onbuildEdge_isMarkedInItsLabel() {
    DiagramEdge edge = new DiagramEdge("s0", "s2", EdgeKind.COPY, true, 4, true);
    assertEquals("copy (onbuild), line 4", edge.label());
  }
}
