package dev.stagelens.instruction;

import static dev.stagelens.instruction.Nodes.node;
import static dev.stagelens.instruction.StagesTest.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stagelens.parse.Node;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BuildEnvTest {

  private static BuildEnv resolve(BuildOptions options, Node... nodes) {
    return BuildEnv.resolve(InstructionParser.parseDockerfile(file(nodes)), '\\', options);
  }

  private static InstructionException failure(Node... nodes) {
    return assertThrows(InstructionException.class, () -> resolve(BuildOptions.defaults(), nodes));
  }

  private static Optional<String> before(BuildEnv env, int stage, int command, String name) {
    return env.stages().get(stage).lookupBefore(command).lookup(name);
  }

  @Test
  void platformArgs_derivedFromTargetAndBuildPlatforms() {
    BuildOptions options =
        BuildOptions.defaults()
            .withTargetPlatform(Platform.parse("linux/arm64/v8"))
            .withBuildPlatform(Platform.parse("linux/arm/v7"));
    Map<String, String> globals = resolve(options, node(1, "FROM", "a")).globalArgs();
    assertEquals("linux/arm64", globals.get("TARGETPLATFORM"));
    assertEquals("linux", globals.get("TARGETOS"));
    assertEquals("arm64", globals.get("TARGETARCH"));
    assertEquals("", globals.get("TARGETVARIANT"));
    assertEquals("linux/arm/v7", globals.get("BUILDPLATFORM"));
    assertEquals("arm", globals.get("BUILDARCH"));
    assertEquals("v7", globals.get("BUILDVARIANT"));
    assertEquals("linux", globals.get("BUILDOS"));
    assertEquals("default", globals.get("TARGETSTAGE"));
  }

  @Test
  void platformArgs_visibleInStageOnlyAfterArg() {
    BuildEnv env =
        resolve(
            BuildOptions.defaults(),
            node(1, "FROM", "a"),
            node(2, "RUN", "x"),
            node(3, "ARG", "TARGETARCH"),
            node(4, "RUN", "y"));
    assertEquals(Optional.empty(), before(env, 0, 0, "TARGETARCH"));
    assertEquals(Optional.of("amd64"), before(env, 0, 2, "TARGETARCH"));
  }

  @Test
  void metaArg_defaultExpandsEarlierGlobals_andBuildArgOverrides() {
    BuildEnv env =
        resolve(
            BuildOptions.defaults().withBuildArg("B", "override"),
            node(1, "ARG", "A=one"),
            node(2, "ARG", "C=${A}-$TARGETOS", "B=default"),
            node(3, "FROM", "x"));
    assertEquals("one-linux", env.globalArgs().get("C"));
    assertEquals("override", env.globalArgs().get("B"));
  }

  @Test
  void stageArg_buildArgBeatsDefault() {
    BuildEnv env =
        resolve(
            BuildOptions.defaults().withBuildArg("V", "9"),
            node(1, "FROM", "a"),
            node(2, "ARG", "V=1"),
            node(3, "RUN", "x"));
    assertEquals(Optional.of("9"), before(env, 0, 1, "V"));
  }

  @Test
  void env_pairsExpandAgainstEnvironmentBeforeTheInstruction() {
    BuildEnv env =
        resolve(
            BuildOptions.defaults(),
            node(1, "FROM", "a"),
            node(2, "ENV", "A", "1", "="),
            node(3, "ENV", "A", "2", "=", "B", "$A", "="),
            node(4, "RUN", "x"));
    assertEquals(Optional.of("2"), before(env, 0, 2, "A"));
    assertEquals(Optional.of("1"), before(env, 0, 2, "B"));
  }

  @Test
  void stageFromImage_startsWithDefaultPath() {
    BuildEnv env = resolve(BuildOptions.defaults(), node(1, "FROM", "a"), node(2, "RUN", "x"));
    assertEquals(Optional.of(BuildEnv.DEFAULT_PATH), before(env, 0, 0, "PATH"));
  }

  @Test
  void fromExpandsGlobalArgs_andFindsEarlierStage() {
    BuildEnv env =
        resolve(
            BuildOptions.defaults(),
            node(1, "ARG", "B=base"),
            node(2, "FROM", "alpine", "AS", "base"),
            node(3, "FROM", "$B"));
    assertEquals("base", env.stages().get(1).baseName());
    assertEquals(OptionalInt.of(0), env.stages().get(1).baseStage());
    assertEquals(OptionalInt.empty(), env.stages().get(0).baseStage());
  }

  @Test
  void blankBaseName_fails() {
    InstructionException e = failure(node(1, "ARG", "B"), node(2, "FROM", "$B"));
    assertEquals("base name ($B) should not be blank", e.getMessage());
    assertEquals(2, e.startLine());
  }

  @Test
  void expansionError_isLocatedAtInstruction() {
    InstructionException e =
        failure(node(1, "FROM", "a"), node(2, "ENV", "A", "${X:?needed}", "="));
    assertEquals("failed to process \"${X:?needed}\": X: needed", e.getMessage());
    assertEquals(2, e.startLine());
  }

  @Test
  void sbomScanArgs_areNotAddedToEnvironment() {
    BuildEnv env =
        resolve(
            BuildOptions.defaults(),
            node(1, "FROM", "a"),
            node(2, "ARG", "BUILDKIT_SBOM_SCAN_STAGE=true"),
            node(3, "RUN", "x"));
    assertEquals(Optional.empty(), before(env, 0, 1, "BUILDKIT_SBOM_SCAN_STAGE"));
  }
}
