package dev.stagelens.instruction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagelens.parse.DockerfileParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Stage splitting and mounts on shared case files read by the real parser. */
class RealFilesTest {
  private static final Path CASES = Path.of("..", "shared", "cases");

  private static DockerfileInstructions read(String file) throws IOException {
    Path path = CASES.resolve(file);
    assertTrue(Files.isRegularFile(path), "shared case missing: " + path.toAbsolutePath());
    return InstructionParser.parseDockerfile(DockerfileParser.parse(Files.readString(path)));
  }

  @Test
  void br11_stageNames_areLowerCasedAndKeptAsWritten() throws IOException {
    List<Stage> stages = read("BR-11.Dockerfile").stages();
    assertEquals(
        List.of(Optional.of("builder"), Optional.of("tests"), Optional.empty()),
        stages.stream().map(Stage::name).toList());
    assertEquals(Optional.of("Builder"), stages.get(0).nameAsWritten());
    assertEquals("Builder", stages.get(1).baseName());
    assertEquals("BUILDER", ((CopyInstruction) stages.get(2).commands().get(0)).from());
  }

  @Test
  void br01_continuedFrom_spansLinesOneToFive() throws IOException {
    Stage stage = read("BR-01.Dockerfile").stages().get(0);
    assertEquals(Optional.of("base"), stage.name());
    assertEquals(1, stage.startLine());
    assertEquals(13, stage.endLine());
    assertEquals(2, stage.commands().size());
  }

  @Test
  void br13_bindMountFromStage_isParsed() throws IOException {
    RunInstruction run =
        (RunInstruction) read("BR-13.Dockerfile").stages().get(2).commands().get(0);
    Mount mount = run.mounts().get(0);
    assertEquals(MountType.BIND, mount.type());
    assertEquals("assets", mount.from());
    assertEquals("/dist", mount.source());
    assertEquals("/mnt/dist", mount.target());
    assertTrue(mount.readOnly());
    assertEquals(6, run.startLine());
    assertEquals(7, run.endLine());
  }
}
