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

/** The Mermaid text parses with Mermaid's own parser, run under Node from tools/mermaid. */
class MermaidWriterTest {

  private static final Path TOOL = Path.of("tools", "mermaid");

  /** Parses {@code text} with Mermaid's own parser. */
  static Processes.Outcome mermaid(String text) throws IOException, InterruptedException {
    Assumptions.assumeTrue(
        Files.isDirectory(TOOL.resolve("node_modules").resolve("mermaid")),
        "Mermaid is not installed: run npm ci in tools/mermaid (.ci/run does)");
    return Processes.run(new ProcessBuilder("node", "check.mjs").directory(TOOL.toFile()), text);
  }

  @Test
  void br20_parsesAsAMermaidFlowchart() throws IOException, InterruptedException {
    Processes.Outcome result =
        mermaid(MermaidWriter.write(Renderings.of("cases/BR-20.Dockerfile")));
    assertEquals(0, result.exit(), result.output());
    assertEquals("flowchart-v2", result.output());
  }

  @Test
  void brokenFlowchart_isRejectedByMermaid() throws IOException, InterruptedException {
    Processes.Outcome result = mermaid("flowchart TB\n  s0[\"a\" --> s1\n");
    assertEquals(1, result.exit(), result.output());
    assertTrue(result.output().contains("Parse error"), result.output());
  }

  @Test
  void awkwardCharacters_areEntityCodes() throws IOException, InterruptedException {
    Diagram odd =
        new Diagram(
            List.of(new DiagramNode("s0", "a\"<b>#c", "FROM x", NodeKind.SKIPPED_STAGE, true)),
            List.of());
    String text = MermaidWriter.write(odd);
    assertTrue(text.contains("s0[\"a#quot;#lt;b#gt;#35;c<br/>FROM x\"]"), text);
    assertEquals(0, mermaid(text).exit());
  }

  @Test
  void br20_shapesArrowsAndClasses_tellTheKindsApart() {
    String text = MermaidWriter.write(Renderings.of("cases/BR-20.Dockerfile"));
    assertTrue(text.contains("  i0([\"registry.example.com/tools/uv:0.5.4<br/>image\"])\n"), text);
    assertTrue(text.contains("  s1[\"build<br/>FROM base\"]\n"), text);
    assertTrue(text.contains("  s0 ==>|\"base, line 4\"| s1\n"), text);
    assertTrue(text.contains("  i2 -->|\"copy, line 7\"| s2\n"), text);
    assertTrue(text.contains("  class s1 skipped\n"), text);
    assertTrue(text.contains("  class i0,i1,i2 image\n"), text);
    assertTrue(text.contains("  class s2 target\n"), text);
  }

  @Test
  void br13_mountArrow_isDotted() throws IOException, InterruptedException {
    String text = MermaidWriter.write(Renderings.of("cases/BR-13.Dockerfile"));
    assertTrue(text.contains("  s0 -.->|\"mount, line 6\"| s2\n"), text);
    assertEquals(0, mermaid(text).exit());
  }
}
