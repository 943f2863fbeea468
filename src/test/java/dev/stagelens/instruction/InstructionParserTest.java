package dev.stagelens.instruction;

import static dev.stagelens.instruction.Nodes.json;
import static dev.stagelens.instruction.Nodes.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagelens.parse.Heredoc;
import dev.stagelens.parse.Node;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstructionParserTest {

  private static String error(Node node) {
    return assertThrows(InstructionException.class, () -> InstructionParser.parse(node))
        .getMessage();
  }

  @Test
  void from_withStageName_storesLowerCaseAndWrittenName() {
    FromInstruction from =
        (FromInstruction) InstructionParser.parse(node(3, "FROM", "alpine:3.20", "AS", "Builder"));
    assertEquals("alpine:3.20", from.baseName());
    assertEquals(Optional.of("builder"), from.stageName());
    assertEquals(Optional.of("Builder"), from.stageNameAsWritten());
    assertEquals(Optional.empty(), from.platform());
    assertEquals("FROM", from.keyword());
    assertEquals(3, from.startLine());
  }

  @Test
  void from_platformFlag_isKept() {
    FromInstruction from =
        (FromInstruction)
            InstructionParser.parse(
                node(1, "from", List.of("--platform=$BUILDPLATFORM"), "golang"));
    assertEquals(Optional.of("$BUILDPLATFORM"), from.platform());
    assertEquals(Optional.empty(), from.stageName());
  }

  @Test
  void from_invalidStageName_failsWithBuildKitText() {
    assertEquals(
        "invalid name for build stage: \"1st\", name can't start with a number or contain symbols",
        error(node(1, "FROM", "alpine", "AS", "1st")));
  }

  @Test
  void from_twoArguments_fails() {
    assertEquals(
        "FROM requires either one or three arguments", error(node(1, "FROM", "alpine", "base")));
  }

  @Test
  void from_unknownFlag_suggestsPlatform() {
    assertEquals(
        "unknown flag: --platfrom (did you mean platform?)",
        error(node(1, "FROM", List.of("--platfrom=linux/amd64"), "alpine")));
  }

  @Test
  void copy_allFlags_areRead() {
    CopyInstruction copy =
        (CopyInstruction)
            InstructionParser.parse(
                node(
                    5,
                    "COPY",
                    List.of(
                        "--from=build",
                        "--chown=app:app",
                        "--chmod=755",
                        "--link",
                        "--parents",
                        "--exclude=*.md",
                        "--exclude=tmp"),
                    "a",
                    "b",
                    "/dst/"));
    assertEquals("build", copy.from());
    assertEquals("app:app", copy.chown());
    assertEquals("755", copy.chmod());
    assertTrue(copy.link());
    assertTrue(copy.parents());
    assertEquals(List.of("*.md", "tmp"), copy.excludes());
    assertEquals(List.of("a", "b"), copy.files().sourcePaths());
    assertEquals("/dst/", copy.files().dest());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"--link,true", "--link=true,true", "--link=TRUE,true", "--link=false,false"})
  void copy_booleanForms_areAccepted(String flag, boolean expected) {
    CopyInstruction copy =
        (CopyInstruction) InstructionParser.parse(node(1, "COPY", List.of(flag), "a", "/b"));
    assertEquals(expected, copy.link());
  }

  @Test
  void copy_booleanWithEmptyValue_fails() {
    assertEquals(
        "missing a value on flag: --link", error(node(1, "COPY", List.of("--link="), "a", "/b")));
  }

  @Test
  void copy_booleanWithOtherValue_fails() {
    assertEquals(
        "expecting boolean value for flag --link, not: yes",
        error(node(1, "COPY", List.of("--link=yes"), "a", "/b")));
  }

  @Test
  void copy_stringFlagWithoutValue_fails() {
    assertEquals(
        "missing a value on flag: --from", error(node(1, "COPY", List.of("--from"), "a", "/b")));
  }

  @Test
  void copy_duplicateStringFlag_fails() {
    assertEquals(
        "duplicate flag specified: --from",
        error(node(1, "COPY", List.of("--from=a", "--from=b"), "x", "/b")));
  }

  @Test
  void copy_unknownFlag_suggestsClosest() {
    assertEquals(
        "unknown flag: --lnk (did you mean link?)",
        error(node(1, "COPY", List.of("--lnk"), "a", "/b")));
  }

  @Test
  void copy_checksumFlag_isUnknownForCopy() {
    assertEquals(
        "unknown flag: --checksum",
        error(node(1, "COPY", List.of("--checksum=sha256:x"), "a", "/b")));
  }

  @Test
  void copy_singleArgument_failsBeforeFlags() {
    assertEquals(
        "COPY requires at least two arguments, but only one was provided. Destination could not be"
            + " determined",
        error(node(1, "COPY", List.of("--bogus"), "a")));
  }

  @Test
  void copy_heredocSource_becomesContentWithExpandFlag() {
    Heredoc body = new Heredoc("EOF", "\tline $X\n", true, true, 0, 1, 3);
    CopyInstruction copy =
        (CopyInstruction)
            InstructionParser.parse(
                Nodes.withHeredocs(1, 3, "COPY", List.of(body), "<<-EOF", "keep", "/dst"));
    assertEquals(List.of("keep"), copy.files().sourcePaths());
    assertEquals(
        List.of(new SourceContent("EOF", "line $X\n", true)), copy.files().sourceContents());
  }

  @Test
  void copy_quotedHeredocSource_isNotExpanded() {
    Heredoc body = new Heredoc("EOF", "x\n", false, false, 0, 1, 3);
    CopyInstruction copy =
        (CopyInstruction)
            InstructionParser.parse(
                Nodes.withHeredocs(1, 3, "COPY", List.of(body), "<<'EOF'", "/d"));
    assertFalse(copy.files().sourceContents().get(0).expand());
  }

  @Test
  void copy_heredocDestination_fails() {
    assertEquals(
        "COPY cannot accept a heredoc as a destination", error(node(1, "COPY", "a", "<<EOF")));
  }

  @Test
  void add_allFlags_areRead() {
    AddInstruction add =
        (AddInstruction)
            InstructionParser.parse(
                node(
                    2,
                    "ADD",
                    List.of(
                        "--chown=1",
                        "--chmod=644",
                        "--link=false",
                        "--keep-git-dir=true",
                        "--checksum=sha256:abc",
                        "--unpack=false",
                        "--exclude=x"),
                    "https://example.com/a.tgz",
                    "/opt/"));
    assertEquals("1", add.chown());
    assertEquals("644", add.chmod());
    assertFalse(add.link());
    assertEquals(Optional.of(true), add.keepGitDir());
    assertEquals("sha256:abc", add.checksum());
    assertEquals(Optional.of(false), add.unpack());
    assertEquals(List.of("x"), add.excludes());
  }

  @Test
  void add_optionalBooleansNotGiven_areEmpty() {
    AddInstruction add = (AddInstruction) InstructionParser.parse(node(1, "ADD", "a", "/b"));
    assertEquals(Optional.empty(), add.keepGitDir());
    assertEquals(Optional.empty(), add.unpack());
  }

  @Test
  void add_fromFlag_isUnknownForAdd() {
    assertEquals("unknown flag: --from", error(node(1, "ADD", List.of("--from=x"), "a", "/b")));
  }

  @Test
  void run_shellForm_joinsArgumentsIntoOneCommand() {
    RunInstruction run = (RunInstruction) InstructionParser.parse(node(1, "RUN", "echo hi && ls"));
    assertEquals(List.of("echo hi && ls"), run.command().args());
    assertTrue(run.command().prependShell());
    assertEquals("default", run.network());
    assertEquals("sandbox", run.security());
  }

  @Test
  void run_execForm_keepsElements() {
    RunInstruction run =
        (RunInstruction) InstructionParser.parse(json(1, "RUN", List.of(), "echo", "a b"));
    assertEquals(List.of("echo", "a b"), run.command().args());
    assertTrue(run.command().execForm());
  }

  @Test
  void run_flags_areRead() {
    RunInstruction run =
        (RunInstruction)
            InstructionParser.parse(
                node(
                    1,
                    "RUN",
                    List.of(
                        "--mount=type=cache,target=/root/.cache",
                        "--mount=type=secret,id=tok",
                        "--network=none",
                        "--security=insecure",
                        "--device=vendor.com/gpu=all,required"),
                    "make"));
    assertEquals(List.of("type=cache,target=/root/.cache", "type=secret,id=tok"), run.mountSpecs());
    assertEquals("none", run.network());
    assertEquals("insecure", run.security());
    assertEquals(List.of(new Device("vendor.com/gpu=all", true)), run.devices());
    assertEquals(List.of("mount", "network", "security", "device"), run.flagsUsed());
  }

  @Test
  void run_invalidNetwork_fails() {
    assertEquals(
        "invalid network mode \"bridge\"", error(node(1, "RUN", List.of("--network=bridge"), "x")));
  }

  @Test
  void run_invalidSecurity_fails() {
    assertEquals(
        "security \"privileged\" is not valid",
        error(node(1, "RUN", List.of("--security=privileged"), "x")));
  }

  @Test
  void run_mountFromVariable_failsAtParseTime() {
    assertEquals(
        "'from' doesn't support variable expansion, define alias stage instead",
        error(node(1, "RUN", List.of("--mount=from=$STAGE,target=/x"), "x")));
  }

  @Test
  void run_invalidMountValue_isOnlyReportedWhenMountsAreRead() {
    RunInstruction run =
        (RunInstruction)
            InstructionParser.parse(node(7, "RUN", List.of("--mount=type=bogus"), "x"));
    InstructionException e = assertThrows(InstructionException.class, run::mounts);
    assertEquals("unsupported mount type \"bogus\"", e.getMessage());
    assertEquals(7, e.startLine());
  }

  @Test
  void run_unknownFlag_suggestsMount() {
    assertEquals(
        "unknown flag: --mout (did you mean mount?)",
        error(node(1, "RUN", List.of("--mout=type=bind"), "x")));
  }

  @Test
  void run_heredocs_becomeFiles() {
    Heredoc body = new Heredoc("EOF", "echo hi\n", true, false, 0, 1, 3);
    RunInstruction run =
        (RunInstruction)
            InstructionParser.parse(Nodes.withHeredocs(1, 3, "RUN", List.of(body), "<<EOF"));
    assertEquals(List.of(body), run.command().files());
    assertEquals(3, run.endLine());
  }

  @Test
  void cmd_emptyExecForm_hasNoArguments() {
    CmdInstruction cmd = (CmdInstruction) InstructionParser.parse(json(1, "CMD", List.of()));
    assertEquals(List.of(), cmd.command().args());
  }

  @Test
  void entrypoint_anyFlag_isUnknown() {
    assertEquals("unknown flag: --x", error(json(1, "ENTRYPOINT", List.of("--x=1"), "sh")));
  }

  @Test
  void shell_execForm_isKept() {
    ShellInstruction shell =
        (ShellInstruction) InstructionParser.parse(json(1, "SHELL", List.of(), "bash", "-c"));
    assertEquals(List.of("bash", "-c"), shell.shell());
  }

  @Test
  void shell_shellForm_fails() {
    assertEquals(
        "SHELL requires the arguments to be in JSON form", error(node(1, "SHELL", "bash -c")));
  }

  @Test
  void shell_emptyArray_fails() {
    assertEquals("SHELL requires at least one argument", error(json(1, "SHELL", List.of())));
  }

  @Test
  void env_pairs_keepRawValuesAndLegacyFlag() {
    EnvInstruction env =
        (EnvInstruction)
            InstructionParser.parse(node(1, "ENV", "A", "\"x y\"", "=", "B", "rest of line", ""));
    assertEquals(
        List.of(new KeyValue("A", "\"x y\"", false), new KeyValue("B", "rest of line", true)),
        env.env());
  }

  @Test
  void env_noArguments_fails() {
    assertEquals("ENV requires at least one argument", error(node(1, "ENV")));
  }

  @Test
  void env_argumentsNotInTriplets_fails() {
    assertEquals("Bad input to ENV, too many arguments", error(node(1, "ENV", "A", "b")));
  }

  @Test
  void label_blankName_fails() {
    assertEquals("LABEL names can not be blank", error(node(1, "LABEL", "", "v", "=")));
  }

  @Test
  void label_expand_processesQuotesAndVariables() {
    LabelInstruction label =
        (LabelInstruction) InstructionParser.parse(node(1, "LABEL", "v", "\"$X 1\"", "="));
    LabelInstruction expanded =
        label.expand(
            WordExpander.of(new ShellLex('\\'), VariableLookup.of(java.util.Map.of("X", "a"))));
    assertEquals(List.of(new KeyValue("v", "a 1", false)), expanded.labels());
  }

  @Test
  void arg_severalNames_withAndWithoutDefaults() {
    ArgInstruction arg =
        (ArgInstruction) InstructionParser.parse(node(1, "ARG", "A=1", "B", "C=\"x=y\""));
    assertEquals(
        List.of(
            new ArgDefinition("A", Optional.of("1"), ""),
            new ArgDefinition("B", Optional.empty(), ""),
            new ArgDefinition("C", Optional.of("\"x=y\""), "")),
        arg.args());
  }

  @Test
  void arg_blankName_fails() {
    assertEquals("ARG names can not be blank", error(node(1, "ARG", "=1")));
  }

  @Test
  void arg_flags_areIgnoredAsInBuildKit() {
    ArgInstruction arg =
        (ArgInstruction) InstructionParser.parse(node(1, "ARG", List.of("--bogus"), "A"));
    assertEquals("A", arg.args().get(0).key());
  }

  @Test
  void arg_docComment_isTakenFromCommentStartingWithName() {
    ArgInstruction arg =
        (ArgInstruction)
            InstructionParser.parse(
                Nodes.withComments(1, "ARG", List.of("VERSION the release to build"), "VERSION"));
    assertEquals("the release to build", arg.args().get(0).docComment());
  }

  @Test
  void expose_portsAreSortedAsBuildKitSortsThem() {
    ExposeInstruction expose =
        (ExposeInstruction) InstructionParser.parse(node(1, "EXPOSE", "8080", "443/tcp", "80"));
    assertEquals(List.of("443/tcp", "80", "8080"), expose.ports());
  }

  @Test
  void expose_noArguments_fails() {
    assertEquals("EXPOSE requires at least one argument", error(node(1, "EXPOSE")));
  }

  @Test
  void volume_blankEntry_fails() {
    assertEquals(
        "VOLUME specified can not be an empty string", error(json(1, "VOLUME", List.of(), " ")));
  }

  @Test
  void volume_entriesAreTrimmed() {
    VolumeInstruction volume =
        (VolumeInstruction) InstructionParser.parse(json(1, "VOLUME", List.of(), " /data "));
    assertEquals(List.of("/data"), volume.volumes());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"USER", "WORKDIR", "MAINTAINER", "STOPSIGNAL"})
  void singleArgumentInstructions_twoArguments_fail(String keyword) {
    assertEquals(keyword + " requires exactly one argument", error(node(1, keyword, "a", "b")));
  }

  @Test
  void user_workdir_maintainer_stopsignal_keepTheirValue() {
    assertEquals(
        "app:app", ((UserInstruction) InstructionParser.parse(node(1, "USER", "app:app"))).user());
    assertEquals(
        "/src", ((WorkdirInstruction) InstructionParser.parse(node(1, "WORKDIR", "/src"))).path());
    assertEquals(
        "me",
        ((MaintainerInstruction) InstructionParser.parse(node(1, "MAINTAINER", "me")))
            .maintainer());
    assertEquals(
        "SIGTERM",
        ((StopSignalInstruction) InstructionParser.parse(node(1, "STOPSIGNAL", "SIGTERM")))
            .signal());
  }

  @Test
  void stopsignal_flags_areIgnoredAsInBuildKit() {
    assertInstanceOf(
        StopSignalInstruction.class,
        InstructionParser.parse(node(1, "STOPSIGNAL", List.of("--x"), "9")));
  }

  @Test
  void workdir_unknownFlag_fails() {
    assertEquals("unknown flag: --x", error(node(1, "WORKDIR", List.of("--x"), "/a")));
  }

  @Test
  void onbuild_holdsParsedTrigger() {
    OnbuildInstruction onbuild =
        (OnbuildInstruction) InstructionParser.parse(Nodes.onbuild(4, node(4, "RUN", "echo hi")));
    assertEquals("RUN echo hi", onbuild.expression());
    RunInstruction trigger = (RunInstruction) onbuild.trigger().orElseThrow();
    assertEquals(List.of("echo hi"), trigger.command().args());
  }

  @Test
  void onbuild_invalidTrigger_isKeptUnparsedAsBuildKitDefersIt() {
    OnbuildInstruction onbuild =
        (OnbuildInstruction) InstructionParser.parse(Nodes.onbuild(1, node(1, "COPY", "a")));
    assertEquals(Optional.empty(), onbuild.trigger());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ONBUILD|Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",
        "FROM|FROM isn't allowed as an ONBUILD trigger",
        "maintainer|MAINTAINER isn't allowed as an ONBUILD trigger",
      })
  void onbuild_forbiddenTrigger_fails(String keyword, String message) {
    assertEquals(message, error(Nodes.onbuild(1, node(1, keyword, "x"))));
  }

  @Test
  void unknownInstruction_suggestsClosestKeyword() {
    assertEquals("unknown instruction: RUNN (did you mean RUN?)", error(node(1, "RUNN", "x")));
    assertEquals("unknown instruction: cpy (did you mean copy?)", error(node(1, "cpy", "a", "b")));
  }

  @Test
  void unknownInstruction_farFromAnyKeyword_hasNoSuggestion() {
    assertEquals("unknown instruction: PRINT", error(node(1, "PRINT", "x")));
  }

  @Test
  void errors_carryTheNodeLines() {
    InstructionException e =
        assertThrows(
            InstructionException.class,
            () ->
                InstructionParser.parse(
                    Nodes.build("USER", List.of(), false, 4, 6, List.of(), List.of())));
    assertEquals(4, e.startLine());
    assertEquals(6, e.endLine());
  }
}
