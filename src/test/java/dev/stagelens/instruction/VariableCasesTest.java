package dev.stagelens.instruction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagelens.parse.DockerfileParser;
import dev.stagelens.parse.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shared cases of kind "variables", checked against the values their expected.md states. Nodes
 * are built from the case files' own lines, shaped as BuildKit's parser dumps them.
 */
class VariableCasesTest {
  private static final Path CASES = Path.of("..", "shared", "cases");

  /** Parses the shared case file with the real parser and reads its instructions. */
  private static DockerfileInstructions read(String file) throws IOException {
    Path path = CASES.resolve(file);
    assertTrue(Files.isRegularFile(path), "shared case missing: " + path.toAbsolutePath());
    ParseResult parsed = DockerfileParser.parse(Files.readString(path));
    return InstructionParser.parseDockerfile(parsed);
  }

  private static DockerfileInstructions br05() throws IOException {
    return read("BR-05.Dockerfile");
  }

  /** BuildKit expands COPY heredoc bodies with the default escape and quote processing off. */
  private static String copiedFile(DockerfileInstructions df, BuildEnv env, int command) {
    CopyInstruction copy = (CopyInstruction) df.stages().get(0).commands().get(command);
    ShellLex lex = new ShellLex('\\').withSkipProcessQuotes(true);
    VariableLookup scope = env.stages().get(0).lookupBefore(command);
    return copy.files().expandContents(WordExpander.of(lex, scope)).sourceContents().get(0).data();
  }

  @Test
  void br05_parse_givesCopyInstructionsWithTheirLineRanges() throws IOException {
    List<int[]> ranges =
        br05().stages().get(0).commands().stream()
            .map(c -> new int[] {c.startLine(), c.endLine()})
            .toList();
    assertEquals(
        List.of("2-2", "3-6", "7-10", "11-14"),
        ranges.stream().map(r -> r[0] + "-" + r[1]).toList());
  }

  @Test
  void br05_heredocExpandFlags_areYesYesNo() throws IOException {
    List<Boolean> flags =
        br05().stages().get(0).commands().subList(1, 4).stream()
            .map(c -> ((CopyInstruction) c).files().sourceContents().get(0).expand())
            .toList();
    assertEquals(List.of(true, true, false), flags);
  }

  @Test
  void br05_unquotedHeredoc_keepsQuotesExpandsArgAndConsumesBackslash() throws IOException {
    DockerfileInstructions df = br05();
    BuildEnv env = BuildEnv.resolve(df, '\\', BuildOptions.defaults());
    assertEquals(
        "<?xml version=\"1.0\"?>\n<server port=\"8080\" match=\"d+\"/>\n", copiedFile(df, env, 1));
  }

  @Test
  void br05_buildArgReplacesPortInHeredoc() throws IOException {
    DockerfileInstructions df = br05();
    BuildEnv env = BuildEnv.resolve(df, '\\', BuildOptions.defaults().withBuildArg("PORT", "9090"));
    assertEquals(
        "<?xml version=\"1.0\"?>\n<server port=\"9090\" match=\"d+\"/>\n", copiedFile(df, env, 1));
  }

  @Test
  void br05_dollarOneIsAnUndefinedBuildVariable() throws IOException {
    DockerfileInstructions df = br05();
    BuildEnv env = BuildEnv.resolve(df, '\\', BuildOptions.defaults());
    assertEquals("#!/bin/sh\nexec server --port \"\"\n", copiedFile(df, env, 2));
    String body =
        ((CopyInstruction) df.stages().get(0).commands().get(2))
            .files()
            .sourceContents()
            .get(0)
            .data();
    ExpansionResult result =
        new ShellLex('\\')
            .withSkipProcessQuotes(true)
            .processWordWithMatches(body, env.stages().get(0).lookupBefore(2));
    assertEquals(Set.of("1"), result.unmatched());
  }

  @Test
  void br05_quotedHeredoc_isCopiedVerbatim() throws IOException {
    DockerfileInstructions df = br05();
    BuildEnv env = BuildEnv.resolve(df, '\\', BuildOptions.defaults());
    assertEquals("#!/bin/sh\nexec server --port \"$1\" --match \"\\d+\"\n", copiedFile(df, env, 3));
  }

  private static DockerfileInstructions br15() throws IOException {
    return read("BR-15.Dockerfile");
  }

  private static String label(DockerfileInstructions df, BuildEnv env, int command) {
    LabelInstruction label = (LabelInstruction) df.stages().get(0).commands().get(command);
    WordExpander expander =
        WordExpander.of(new ShellLex('\\'), env.stages().get(0).lookupBefore(command));
    return label.expand(expander).labels().get(0).value();
  }

  @Test
  void br15_parse_hasTwoMetaArgsAndOneStageOfFive() throws IOException {
    DockerfileInstructions df = br15();
    assertEquals(2, df.metaArgs().size());
    assertEquals(1, df.stages().size());
    assertEquals(5, df.stages().get(0).commands().size());
    assertEquals(Optional.empty(), df.stages().get(0).name());
  }

  @Test
  void br15_globalArgIsVisibleToFrom() throws IOException {
    BuildEnv env = BuildEnv.resolve(br15(), '\\', BuildOptions.defaults());
    assertEquals("alpine:3.20", env.stages().get(0).baseName());
  }

  @Test
  void br15_beforeRedeclaration_appVersionIsUnset() throws IOException {
    DockerfileInstructions df = br15();
    BuildEnv env = BuildEnv.resolve(df, '\\', BuildOptions.defaults());
    assertEquals(Optional.empty(), env.stages().get(0).lookupBefore(0).lookup("APP_VERSION"));
    assertEquals("", label(df, env, 1));
  }

  @Test
  void br15_argWithoutDefault_takesGlobalValue() throws IOException {
    DockerfileInstructions df = br15();
    BuildEnv env = BuildEnv.resolve(df, '\\', BuildOptions.defaults());
    assertEquals(Optional.of("1.2.3"), env.stages().get(0).lookupBefore(3).lookup("APP_VERSION"));
    assertEquals("1.2.3", label(df, env, 4));
  }

  @Test
  void br15_buildArg_changesOnlyLinesAfterRedeclaration() throws IOException {
    DockerfileInstructions df = br15();
    BuildEnv env =
        BuildEnv.resolve(df, '\\', BuildOptions.defaults().withBuildArg("APP_VERSION", "9"));
    assertEquals("", label(df, env, 1));
    assertEquals("9", label(df, env, 4));
  }

  @Test
  void br15_undefinedVariable_isReportedForEarlyLabelOnly() throws IOException {
    DockerfileInstructions df = br15();
    BuildEnv env = BuildEnv.resolve(df, '\\', BuildOptions.defaults());
    ShellLex lex = new ShellLex('\\');
    assertEquals(
        Set.of("APP_VERSION"),
        lex.processWordWithMatches("$APP_VERSION", env.stages().get(0).lookupBefore(1))
            .unmatched());
    assertEquals(
        Set.of(),
        lex.processWordWithMatches("$APP_VERSION", env.stages().get(0).lookupBefore(4))
            .unmatched());
  }

  private static DockerfileInstructions br17() throws IOException {
    return read("BR-17.Dockerfile");
  }

  @Test
  void br17_stages_areBaseChildSiblingAndFinal() throws IOException {
    DockerfileInstructions df = br17();
    assertEquals(
        List.of(
            Optional.of("base"), Optional.of("child"), Optional.of("sibling"), Optional.empty()),
        df.stages().stream().map(Stage::name).toList());
    assertEquals("child", ((CopyInstruction) df.stages().get(3).commands().get(0)).from());
  }

  @Test
  void br17_childInheritsBaseArgAndEnv() throws IOException {
    BuildEnv env = BuildEnv.resolve(br17(), '\\', BuildOptions.defaults());
    StageEnv child = env.stages().get(1);
    assertEquals(java.util.OptionalInt.of(0), child.baseStage());
    assertEquals(Optional.of("1.0"), child.lookupBefore(0).lookup("VERSION"));
    assertEquals(Optional.of("stable"), child.lookupBefore(0).lookup("CHANNEL"));
    LabelInstruction label = (LabelInstruction) child.stage().commands().get(1);
    assertEquals(
        "1.0",
        label
            .expand(WordExpander.of(new ShellLex('\\'), child.lookupBefore(1)))
            .labels()
            .get(0)
            .value());
  }

  @Test
  void br17_siblingArgWithoutDefault_isUndefined() throws IOException {
    BuildEnv env = BuildEnv.resolve(br17(), '\\', BuildOptions.defaults());
    assertEquals(Optional.empty(), env.stages().get(2).lookupBefore(1).lookup("VERSION"));
  }

  @Test
  void br17_buildArg_reachesBaseChildAndSibling() throws IOException {
    BuildEnv env =
        BuildEnv.resolve(br17(), '\\', BuildOptions.defaults().withBuildArg("VERSION", "2.0"));
    assertEquals(Optional.of("2.0"), env.stages().get(1).lookupBefore(0).lookup("VERSION"));
    assertEquals(Optional.of("2.0"), env.stages().get(2).lookupBefore(1).lookup("VERSION"));
  }

  @Test
  void br17_finalStage_hasNoVersion() throws IOException {
    BuildEnv env = BuildEnv.resolve(br17(), '\\', BuildOptions.defaults());
    assertEquals(
        Optional.empty(),
        env.stages().get(3).envAfter().keySet().stream().filter("VERSION"::equals).findAny());
  }
}
