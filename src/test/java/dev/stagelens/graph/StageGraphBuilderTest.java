package dev.stagelens.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagelens.instruction.BuildEnv;
import dev.stagelens.instruction.BuildOptions;
import dev.stagelens.instruction.DockerfileInstructions;
import dev.stagelens.instruction.InstructionException;
import dev.stagelens.instruction.InstructionParser;
import dev.stagelens.instruction.Platform;
import dev.stagelens.instruction.ShellLex;
import dev.stagelens.parse.DockerfileParser;
import dev.stagelens.parse.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageGraphBuilderTest {

  static StageGraph graph(String dockerfile, BuildOptions options) {
    ParseResult parsed = DockerfileParser.parse(dockerfile);
    DockerfileInstructions instructions = InstructionParser.parseDockerfile(parsed);
    BuildEnv env = BuildEnv.resolve(instructions, parsed.escapeToken(), options);
    return new StageGraphBuilder(new ShellLex(parsed.escapeToken()))
        .build(instructions, env, options, CheckDirective.of(parsed.directives()));
  }

  static StageGraph graph(String dockerfile) {
    return graph(dockerfile, BuildOptions.defaults());
  }

  static String sharedCase(String name) throws IOException {
    return Files.readString(Path.of("..", "shared", "cases", name));
  }

  private static BuildOptions target(String name) {
    return BuildOptions.defaults().withTarget(name);
  }

  private static StageGraphException graphError(String dockerfile) {
    return assertThrows(StageGraphException.class, () -> graph(dockerfile));
  }

  @Test
  void tutorial_hasTwoStagesAndOneCopyEdge() throws IOException {
    StageGraph graph = graph(sharedCase("tutorial/Dockerfile"));
    assertEquals(2, graph.stages().size());
    assertEquals(List.of(new GraphEdge(0, 1, EdgeKind.COPY, 10, 10, null, false)), graph.edges());
    assertEquals("docker.io/library/node:18", graph.stage(0).baseImage().toString());
    assertEquals(List.of(0, 1), graph.plan().buildOrder());
    assertEquals(List.of(List.of(0), List.of(1)), graph.plan().levels());
    assertEquals(List.of(0, 1), graph.plan().criticalPath());
  }

  @Test
  void br11_fromUppercaseStageName_isAnImageAndFailsAsBuildKitDoes() throws IOException {
    StageGraphException e = graphError(sharedCase("BR-11.Dockerfile"));
    assertEquals(
        "failed to parse stage name \"Builder\": invalid reference format: repository name must "
            + "be lowercase",
        e.getMessage());
    assertEquals(3, e.startLine());
  }

  @Test
  void br11_fixed_copyFromIsCaseInsensitiveAndTestsStageIsSkipped() throws IOException {
    String fixed =
        sharedCase("BR-11.Dockerfile").replace("FROM Builder AS Tests", "FROM builder AS tests");
    StageGraph graph = graph(fixed);
    assertEquals(0, graph.stage(1).baseStage());
    assertEquals(List.of(0, 2), graph.plan().buildOrder());
    assertEquals(List.of(1), graph.plan().skipped());
    assertEquals(new GraphEdge(0, 2, EdgeKind.COPY, 6, 6, null, false), graph.edgesInto(2).get(0));
  }

  @Test
  void br12_copyFromIndex_keepsTheUnnamedStageAlive() throws IOException {
    StageGraph graph = graph(sharedCase("BR-12.Dockerfile"));
    assertEquals(List.of(0, 2), graph.plan().buildOrder());
    assertEquals(List.of(1), graph.plan().skipped());
  }

  @Test
  void br12_copyFromOwnIndex_isACircularDependency() {
    StageGraphException e =
        graphError("FROM alpine\nRUN true\nFROM alpine\nFROM alpine\nCOPY --from=2 /a /b\n");
    assertEquals("circular dependency detected on stage: stage-2", e.getMessage());
    assertEquals(5, e.startLine());
  }

  @Test
  void br12_copyFromMissingIndex_isInvalid() {
    StageGraphException e = graphError("FROM alpine\nFROM alpine\nCOPY --from=7 /a /b\n");
    assertEquals("invalid stage index 7", e.getMessage());
    assertEquals(3, e.startLine());
  }

  @Test
  void br12_copyFromLaterStage_mustBeDefinedBefore() {
    StageGraphException e =
        graphError(
            "FROM alpine AS a\nCOPY --from=b /x /x\nFROM alpine AS b\nCOPY --from=a /x /y\n");
    assertEquals("circular dependency detected on stage: a", e.getMessage());
    StageGraphException later =
        graphError(
            "FROM alpine AS a\nCOPY --from=b /x /x\nFROM alpine AS b\nFROM alpine\n"
                + "COPY --from=a /x /y\n");
    assertEquals(
        "cannot copy from stage \"b\", it needs to be defined before current stage \"a\"",
        later.getMessage());
    assertEquals(2, later.startLine());
  }

  @Test
  void copyFromLaterStage_inAnUnbuiltStage_isNotAnError() {
    StageGraph graph =
        graph(
            "FROM alpine AS a\nCOPY --from=b /x /x\nFROM alpine AS b\nFROM alpine AS c\n",
            target("b"));
    assertEquals(List.of(1), graph.plan().buildOrder());
  }

  @Test
  void br12_runMountFromIndex_isAnImageNotAStage() {
    StageGraph graph =
        graph("FROM alpine\nRUN true\nFROM alpine\nRUN --mount=from=0,target=/m ls /m\n");
    GraphEdge mount = graph.edgesInto(1).get(0);
    assertEquals(EdgeKind.MOUNT, mount.kind());
    assertNull(mount.from());
    assertEquals("docker.io/library/0:latest", mount.image());
    assertEquals(List.of(1), graph.plan().buildOrder());
  }

  @Test
  void br13_runMountFromStage_isADependency() throws IOException {
    StageGraph graph = graph(sharedCase("BR-13.Dockerfile"));
    assertEquals(new GraphEdge(0, 2, EdgeKind.MOUNT, 6, 7, null, false), graph.edgesInto(2).get(0));
    assertEquals(List.of(0, 2), graph.plan().buildOrder());
    assertEquals(List.of(1), graph.plan().skipped());
  }

  @Test
  void mountFromLaterStage_mustBeDefinedBefore() {
    StageGraphException e =
        graphError(
            "FROM alpine\nRUN --mount=from=b,target=/m true\nFROM alpine AS b\n"
                + "FROM alpine\nCOPY --from=0 /a /a\n");
    assertEquals(
        "cannot mount from stage \"b\" to \"/m\", stage needs to be defined before current command",
        e.getMessage());
  }

  @Test
  void br20_copyFromUnknownNames_areExternalImages() throws IOException {
    StageGraph graph = graph(sharedCase("BR-20.Dockerfile"));
    List<GraphEdge> edges = graph.edges();
    assertEquals("registry.example.com/tools/uv:0.5.4", edges.get(0).image());
    assertEquals("docker.io/library/hello-world:latest", edges.get(1).image());
    assertEquals(new GraphEdge(0, 1, EdgeKind.BASE, 4, 4, null, false), edges.get(2));
    assertEquals("docker.io/library/biuld:latest", edges.get(4).image());
    assertEquals(List.of(0, 2), graph.plan().buildOrder());
    assertEquals(List.of(1), graph.plan().skipped());
  }

  @Test
  void br15_globalArgExpandsInFrom() throws IOException {
    StageGraph graph = graph(sharedCase("BR-15.Dockerfile"));
    assertEquals("alpine:3.20", graph.stage(0).expandedBase());
    assertEquals("docker.io/library/alpine:3.20", graph.stage(0).baseImage().toString());
  }

  @Test
  void buildArg_overridesTheGlobalDefault() {
    StageGraph graph =
        graph(
            "ARG TAG=3.19\nFROM alpine:${TAG}\n",
            BuildOptions.defaults().withBuildArg("TAG", "3.20"));
    assertEquals("alpine:3.20", graph.stage(0).expandedBase());
  }

  @Test
  void platformArgs_expandInFromAndPlatform() {
    StageGraph graph =
        graph(
            "FROM --platform=$BUILDPLATFORM golang:1.26 AS build\nFROM alpine:3.20-$TARGETARCH\n",
            BuildOptions.defaults()
                .withTargetPlatform(Platform.parse("linux/arm64"))
                .withBuildPlatform(Platform.parse("linux/arm64")));
    assertEquals("linux/arm64", graph.stage(0).platform());
    assertEquals("alpine:3.20-arm64", graph.stage(1).expandedBase());
  }

  @Test
  void blankBase_isAnError() {
    InstructionException e =
        assertThrows(InstructionException.class, () -> graph("ARG IMG\nFROM $IMG\n"));
    assertEquals("base name ($IMG) should not be blank", e.getMessage());
    assertEquals(2, e.startLine());
  }

  @Test
  void copyFromVariable_isRejected() {
    StageGraphException e =
        graphError("FROM alpine AS a\nFROM alpine\nARG S=a\nCOPY --from=$S /x /x\n");
    assertTrue(e.getMessage().startsWith("variable expansion is not supported for --from"));
    assertEquals(4, e.startLine());
  }

  @Test
  void unknownTarget_namesTheStagesAndTheClosest() {
    UnknownTargetException e =
        assertThrows(
            UnknownTargetException.class,
            () -> graph("FROM alpine AS build\nFROM alpine AS test\n", target("biuld")));
    assertEquals(List.of("build", "test"), e.stageNames());
    assertEquals("build", e.suggestion());
    assertEquals("target stage \"biuld\" could not be found (did you mean build?)", e.getMessage());
  }

  @Test
  void target_selectsTheReachableStagesOnly() {
    String dockerfile =
        "FROM alpine AS deps\nFROM deps AS build\nCOPY --from=deps /a /a\n"
            + "FROM alpine AS lint\nFROM alpine\nCOPY --from=build /b /b\n";
    StageGraph all = graph(dockerfile);
    assertEquals(List.of(0, 1, 3), all.plan().buildOrder());
    assertEquals(List.of(2), all.plan().skipped());
    assertEquals(List.of(List.of(0), List.of(1), List.of(3)), all.plan().levels());
    StageGraph build = graph(dockerfile, target("BUILD"));
    assertEquals(List.of(0, 1), build.plan().buildOrder());
  }

  @Test
  void levels_groupIndependentStages() {
    StageGraph graph =
        graph(
            "FROM alpine AS a\nFROM alpine AS b\nFROM alpine\nCOPY --from=a /a /a\n"
                + "COPY --from=b /b /b\n");
    assertEquals(List.of(List.of(0, 1), List.of(2)), graph.plan().levels());
    assertEquals(2, graph.plan().criticalPath().size());
  }

  @Test
  void onbuildCopyFrom_inTheBaseStage_isADependencyOfTheChild() {
    StageGraph graph =
        graph(
            "FROM alpine AS assets\nFROM alpine AS base\nONBUILD COPY --from=assets /a /a\n"
                + "FROM base\n");
    GraphEdge onbuild = graph.edgesInto(2).get(1);
    assertEquals(new GraphEdge(0, 2, EdgeKind.COPY, 4, 4, null, true), onbuild);
    assertEquals(List.of(0, 1, 2), graph.plan().buildOrder());
  }

  @Test
  void scratch_hasNoImage() {
    StageGraph graph = graph("FROM scratch\nCOPY app /app\n");
    assertNull(graph.stage(0).baseImage());
    assertTrue(graph.stage(0).isScratch());
  }

  private static final String DUPLICATE =
      "FROM alpine AS build\nRUN echo one > /v\nFROM alpine AS build\nRUN echo two > /v\n"
          + "FROM alpine\nCOPY --from=build /v /v\n";

  @Test
  void duplicateStageName_withoutCheckError_bindsReferencesToTheLast() {
    StageGraph graph = graph(DUPLICATE);
    assertEquals(new GraphEdge(1, 2, EdgeKind.COPY, 6, 6, null, false), graph.edges().get(0));
    assertEquals(List.of(1, 2), graph.plan().buildOrder());
  }

  @Test
  void duplicateStageName_underCheckErrorTrue_failsNamingBothLines() {
    StageGraphException e =
        assertThrows(StageGraphException.class, () -> graph("# check=error=true\n" + DUPLICATE));
    assertEquals(
        "lint violation found for rules: DuplicateStageName: stage name \"build\" is used by two "
            + "stages; rename one of them, or drop error=true from the check directive to let "
            + "later references bind to the last",
        e.getMessage());
    assertEquals(4, e.startLine());
    assertEquals(List.of(2, 4), e.lines());
    assertEquals(List.of("build"), e.stages());
  }

  @Test
  void duplicateStageName_skippedByTheDirective_isNotAnError() {
    StageGraph graph = graph("# check=skip=DuplicateStageName;error=true\n" + DUPLICATE);
    assertEquals(List.of(1, 2), graph.plan().buildOrder());
  }

  @Test
  void checkDirective_readsBuildKitsOptions() {
    CheckDirective all =
        CheckDirective.of(DockerfileParser.parse("# check=skip=all\nFROM a\n").directives());
    assertEquals(new CheckDirective(true, java.util.Set.of(), false, 1), all);
    CheckDirective some =
        CheckDirective.of(
            DockerfileParser.parse("# check=skip=A, B;error=True\nFROM a\n").directives());
    assertEquals(new CheckDirective(false, java.util.Set.of("A", "B"), true, 1), some);
  }

  @Test
  void checkDirective_withAnUnknownOption_isAnError() {
    StageGraphException e =
        assertThrows(StageGraphException.class, () -> graph("# check=warn=true\nFROM alpine\n"));
    assertEquals("invalid check option \"warn\"", e.getMessage());
    assertEquals(1, e.startLine());
  }

  @Test
  void cycle_listsTheLinesOfEveryDependencyInIt() {
    StageGraphException e =
        graphError(
            "FROM alpine AS a\nCOPY --from=b /x /x\nFROM alpine AS b\nCOPY --from=a /x /y\n");
    assertEquals(List.of(2, 4), e.lines());
    assertEquals(List.of("b", "a"), e.stages());
  }

  @Test
  void selfReference_isACycleOnThatLine() {
    StageGraphException e = graphError("FROM alpine AS app\nCOPY --from=app /x /y\n");
    assertEquals("circular dependency detected on stage: app", e.getMessage());
    assertEquals(List.of(2), e.lines());
  }

  @Test
  void forwardReference_listsTheCopyAndTheLaterFrom() {
    StageGraphException e =
        graphError(
            "FROM alpine AS a\nCOPY --from=b /x /x\nFROM alpine AS b\nFROM alpine\n"
                + "COPY --from=a /x /y\n");
    assertEquals(List.of(2, 3), e.lines());
  }

  @Test
  void br17_allFourStagesAreBuilt_childOnBase() throws IOException {
    StageGraph graph = graph(sharedCase("BR-17.Dockerfile"));
    assertEquals(0, graph.stage(1).baseStage());
    assertEquals(List.of(0, 1, 2, 3), graph.plan().buildOrder());
    assertEquals(List.of(), graph.plan().skipped());
    assertEquals(
        List.of(
            new GraphEdge(0, 1, EdgeKind.BASE, 4, 4, null, false),
            new GraphEdge(1, 3, EdgeKind.COPY, 11, 11, null, false),
            new GraphEdge(2, 3, EdgeKind.COPY, 12, 12, null, false)),
        graph.edges());
    assertEquals(List.of(List.of(0, 2), List.of(1), List.of(3)), graph.plan().levels());
    assertEquals(List.of(0, 1, 3), graph.plan().criticalPath());
  }
}
