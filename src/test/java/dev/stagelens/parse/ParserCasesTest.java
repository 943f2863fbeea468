package dev.stagelens.parse;

import static dev.stagelens.parse.SharedFiles.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The shared cases from real bug reports whose expected behaviour is about parsing. */
class ParserCasesTest {

  private static final Path CASES = SharedFiles.shared("cases");
  private static final String ERROR_PREFIX = "BuildKit parser error: ";

  /** The line each rejected case fails at, as its expected.md states it. */
  private static final Map<String, Integer> ERROR_LINES =
      Map.of("BR-07.variant", 2, "BR-09.variant", 4);

  @TestFactory
  Stream<DynamicTest> everyCaseWithADump_dumpsLikeBuildKit() {
    List<Path> inputs =
        SharedFiles.filesUnder(CASES).stream()
            .filter(p -> p.getFileName().toString().endsWith(".Dockerfile"))
            .filter(p -> Files.exists(sibling(p, ".buildkit-dump")))
            .toList();
    assertEquals(16, inputs.size());
    Stream<DynamicTest> tutorial =
        Stream.of(
            DynamicTest.dynamicTest(
                "tutorial",
                () ->
                    assertDumps(
                        CASES.resolve("tutorial/Dockerfile"),
                        CASES.resolve("tutorial/buildkit.buildkit-dump"))));
    return Stream.concat(
        inputs.stream()
            .map(
                p ->
                    DynamicTest.dynamicTest(
                        p.getFileName().toString(),
                        () -> assertDumps(p, sibling(p, ".buildkit-dump")))),
        tutorial);
  }

  @TestFactory
  Stream<DynamicTest> everyCaseWithAnError_isRejectedWithThatError() {
    List<Path> errors =
        SharedFiles.filesUnder(CASES).stream()
            .filter(p -> p.getFileName().toString().endsWith(".buildkit-error"))
            .toList();
    assertEquals(ERROR_LINES.size(), errors.size());
    return errors.stream()
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> assertRejects(p)));
  }

  private static Path sibling(Path dockerfile, String suffix) {
    String name = dockerfile.getFileName().toString();
    return dockerfile.resolveSibling(
        name.substring(0, name.length() - ".Dockerfile".length()) + suffix);
  }

  private static void assertDumps(Path dockerfile, Path dump) {
    String expected = read(dump);
    String actual = Dumper.dump(DockerfileParser.parse(read(dockerfile))) + "\n";
    assertEquals(expected, actual, SharedFiles.firstDifference(expected, actual));
  }

  private static void assertRejects(Path errorFile) {
    String name = errorFile.getFileName().toString();
    String base = name.substring(0, name.length() - ".buildkit-error".length());
    String error = read(errorFile).strip();
    assertTrue(error.startsWith(ERROR_PREFIX), error);
    String text = read(errorFile.resolveSibling(base + ".Dockerfile"));

    DockerfileParseException e =
        assertThrows(DockerfileParseException.class, () -> DockerfileParser.parse(text));

    assertEquals(error.substring(ERROR_PREFIX.length()), e.getMessage());
    assertEquals(ERROR_LINES.get(base), e.startLine());
  }

  private static ParseResult parseCase(String name) {
    return DockerfileParser.parse(read(CASES.resolve(name)));
  }

  private static List<Integer> lines(Node node) {
    return List.of(node.startLine(), node.endLine());
  }

  private static List<String> arguments(Node node) {
    return node.next().stream().map(Node::value).toList();
  }

  @Test
  void br01_commentsAndBlankLinesInsideContinuations() {
    ParseResult result = parseCase("BR-01.Dockerfile");
    List<Node> nodes = result.instructions();

    assertEquals(3, nodes.size());
    assertEquals(List.of(1, 5), lines(nodes.get(0)));
    assertEquals(List.of("alpine:3.20", "AS", "base"), arguments(nodes.get(0)));
    assertEquals(List.of(6, 10), lines(nodes.get(1)));
    assertEquals(List.of("apk add --no-cache     curl     jq"), arguments(nodes.get(1)));
    assertEquals(List.of(11, 13), lines(nodes.get(2)));
    assertEquals(List.of("echo first RUN echo second"), arguments(nodes.get(2)));
    assertEquals(
        List.of(List.of(5, 5), List.of(10, 10), List.of(13, 13)),
        result.warnings().stream().map(w -> List.of(w.startLine(), w.endLine())).toList());
    assertTrue(result.warnings().stream().allMatch(w -> w.rule().equals("NoEmptyContinuation")));
  }

  @Test
  void br02_chompedHeredocClosesOnTabIndentedTerminator() {
    List<Node> nodes = parseCase("BR-02.Dockerfile").instructions();

    assertEquals(3, nodes.size());
    assertEquals(
        List.of(List.of(1, 1), List.of(2, 6), List.of(7, 10)),
        nodes.stream().map(ParserCasesTest::lines).toList());
    assertEquals(
        List.of(
            new Heredoc(
                "EOT",
                "\t#!/usr/bin/env bash\n\tdeclare -r GREETING=hello\n"
                    + "\techo \"$GREETING from bash\" > /greeting.txt\n",
                true,
                true,
                0,
                2,
                6)),
        nodes.get(1).heredocs());
    assertEquals(
        List.of(
            new Heredoc(
                "EOT",
                "\t#!/usr/bin/env bash\n\techo \"plain sh\" > /plain.txt\n",
                true,
                false,
                0,
                7,
                10)),
        nodes.get(2).heredocs());
  }

  @Test
  void br06_crlfFileCountsLinesOnceAndKeepsCarriageReturnsInHeredoc() {
    List<Node> nodes = parseCase("BR-06.Dockerfile").instructions();

    assertEquals(
        List.of(List.of(1, 1), List.of(2, 4), List.of(5, 5), List.of(6, 6)),
        nodes.stream().map(ParserCasesTest::lines).toList());
    assertEquals(
        List.of(new Heredoc("EOF", "    echo hello > /tmp/output\r\n", true, false, 0, 2, 4)),
        nodes.get(1).heredocs());
    assertTrue(nodes.get(2).json());
    assertEquals(List.of("cat", "/tmp/output"), arguments(nodes.get(2)));
    assertEquals("MAINTAINER", nodes.get(3).value());
    assertEquals(List.of("example"), arguments(nodes.get(3)));
  }

  @Test
  void br07_invalidJsonFallsBackToShellFormAndValidJsonIsExecForm() {
    List<Node> nodes = parseCase("BR-07.Dockerfile").instructions();
    Node singleQuoted = nodes.get(1);
    Node bareVariable = nodes.get(4);
    Node entrypoint = nodes.get(6);
    Node emptyCmd = nodes.get(7);

    assertEquals(
        List.of(2, 6, 9, 10),
        List.of(
            singleQuoted.startLine(),
            bareVariable.startLine(),
            entrypoint.startLine(),
            emptyCmd.startLine()));
    assertFalse(singleQuoted.json());
    assertEquals(List.of("['nginx', '-g', 'daemon off;']"), arguments(singleQuoted));
    assertFalse(bareVariable.json());
    assertEquals(
        List.of("[\"gunicorn\", \"app:wsgi\", \"--bind\", 0.0.0.0:$PORT]"),
        arguments(bareVariable));
    assertTrue(entrypoint.json());
    assertEquals(List.of("python", "-c", "print(\"hi\")"), arguments(entrypoint));
    assertTrue(emptyCmd.json());
    assertEquals(List.of(), arguments(emptyCmd));
  }

  @Test
  void br09_backtickEscapeContinuesLinesAndKeepsBackslashes() {
    ParseResult result = parseCase("BR-09.Dockerfile");
    List<Node> nodes = result.instructions();

    assertEquals('`', result.escapeToken());
    assertEquals(List.of(new Directive("escape", "`", 1)), result.directives());
    assertEquals(
        List.of(List.of(2, 2), List.of(3, 4), List.of(5, 5), List.of(6, 7)),
        nodes.stream().map(ParserCasesTest::lines).toList());
    assertEquals(List.of(), nodes.get(0).comments());
    assertEquals(
        List.of("TOOLS_DIR", "C:\\tools", "=", "APP_DIR", "\"C:\\Program Files\\app\"", "="),
        arguments(nodes.get(1)));
    assertEquals(List.of("bin\\", "C:\\app\\bin\\"), arguments(nodes.get(2)));
    assertEquals(List.of("dir C:\\app     && echo done"), arguments(nodes.get(3)));
  }

  @Test
  void br09Variant_directiveAfterBlankLineIsAComment() {
    DockerfileParseException e =
        assertThrows(DockerfileParseException.class, () -> parseCase("BR-09.variant.Dockerfile"));

    assertEquals(
        "Syntax error - can't find = in \"`\". Must be of the form: name=value", e.getMessage());
    assertEquals(List.of(4, 4), List.of(e.startLine(), e.endLine()));
  }
}
