package dev.stagelens.parse;

import static dev.stagelens.parse.SharedFiles.read;
import static dev.stagelens.parse.SharedFiles.shared;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** BuildKit's own parser tests, run against our parser on BuildKit's golden files. */
class BuildKitGoldenTest {

  private static final Path CONFORMANCE = shared("conformance", "buildkit");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger POSITIVE_PASSED = new AtomicInteger();
  private static final AtomicInteger NEGATIVE_PASSED = new AtomicInteger();

  /** The error each negative case gets: message, start line, end line. */
  private static final Map<String, Rejection> REJECTIONS =
      Map.of(
          "empty_dockerfile",
          new Rejection("file with no instructions", 0, 0),
          "only_comments",
          new Rejection("file with no instructions", 3, 3),
          "env_no_value",
          new Rejection("ENV must have two arguments", 3, 3),
          "shykes-nested-json",
          new Rejection(
              "when using JSON array syntax, arrays must be comprised of strings only", 1, 1));

  private record Rejection(String message, int startLine, int endLine) {}

  @AfterAll
  static void printCounts() {
    System.out.printf(
        "BuildKit golden: %d positive and %d negative cases passed%n",
        POSITIVE_PASSED.get(), NEGATIVE_PASSED.get());
  }

  @TestFactory
  Stream<DynamicTest> everyPositiveCase_dumpsLikeBuildKit() {
    List<Path> cases = SharedFiles.folders(CONFORMANCE.resolve("testfiles"));
    assertEquals(33, cases.size());
    return cases.stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> dumpsLike(dir)));
  }

  private static void dumpsLike(Path dir) {
    ParseResult result = DockerfileParser.parse(read(dir.resolve("Dockerfile")));
    String expected = read(dir.resolve("result"));
    String actual = Dumper.dump(result) + "\n";
    assertEquals(expected, actual, SharedFiles.firstDifference(expected, actual));
    POSITIVE_PASSED.incrementAndGet();
  }

  @TestFactory
  Stream<DynamicTest> everyNegativeCase_isRejectedLikeBuildKit() {
    List<Path> cases = SharedFiles.folders(CONFORMANCE.resolve("testfiles-negative"));
    assertEquals(REJECTIONS.keySet().size(), cases.size());
    return cases.stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> rejected(dir)));
  }

  private static void rejected(Path dir) {
    Rejection expected = REJECTIONS.get(dir.getFileName().toString());
    String text = read(dir.resolve("Dockerfile"));
    DockerfileParseException e =
        assertThrows(DockerfileParseException.class, () -> DockerfileParser.parse(text));
    assertEquals(expected, new Rejection(e.getMessage(), e.startLine(), e.endLine()));
    NEGATIVE_PASSED.incrementAndGet();
  }

  @Test
  void lineNumbers_matchTestParseIncludesLineNumbers() throws IOException {
    JsonNode expected =
        JSON.readTree(CONFORMANCE.resolve("extra/testfile-line-expected.json").toFile())
            .get("expected");
    Node root =
        DockerfileParser.parse(read(CONFORMANCE.resolve("testfile-line/Dockerfile"))).root();

    assertEquals(expected.get("ast_start_line").asInt(), root.startLine());
    assertEquals(expected.get("ast_end_line").asInt(), root.endLine());
    assertEquals(expected.get("children").asInt(), root.children().size());
    for (int i = 0; i < root.children().size(); i++) {
      JsonNode lines = expected.get("child_lines").get(i);
      Node child = root.children().get(i);
      assertEquals(
          List.of(lines.get(0).asInt(), lines.get(1).asInt()),
          List.of(child.startLine(), child.endLine()),
          "child " + i);
    }
  }

  @Test
  void heredocs_matchTestParseExtractsHeredoc() throws IOException {
    Path dir = CONFORMANCE.resolve("extra/heredoc-TestParseExtractsHeredoc");
    JsonNode expected =
        JSON.readTree(dir.resolve("expected_heredocs.json").toFile()).get("expected");
    List<Node> children = DockerfileParser.parse(read(dir.resolve("Dockerfile"))).instructions();

    assertEquals(expected.size() + 1, children.size());
    for (int i = 0; i < expected.size(); i++) {
      JsonNode want = expected.get(i).get("heredocs");
      List<Heredoc> got = children.get(i + 1).heredocs();
      String where = "child " + (i + 1) + " " + expected.get(i).get("comment").asText();
      assertEquals(want.isNull() ? 0 : want.size(), got.size(), where);
      for (int h = 0; h < got.size(); h++) {
        assertHeredoc(want.get(h), got.get(h), where);
      }
    }
  }

  private static void assertHeredoc(JsonNode want, Heredoc got, String where) {
    assertAll(
        where,
        () -> assertEquals(want.get("Name").asText(), got.name()),
        () -> assertEquals(want.get("Content").asText(), got.content()),
        () -> assertEquals(want.get("Expand").asBoolean(), got.expand()),
        () -> assertEquals(want.get("Chomp").asBoolean(), got.chomp()),
        () -> assertEquals(want.get("FileDescriptor").asInt(), got.fileDescriptor()));
  }

  @Test
  void jsonFormRun_opensNoHeredoc() {
    Path dir = CONFORMANCE.resolve("extra/heredoc-TestParseJSONHeredoc");
    List<Node> children = DockerfileParser.parse(read(dir.resolve("Dockerfile"))).instructions();

    assertEquals(4, children.size());
    for (Node run : children.subList(1, 4)) {
      assertTrue(run.json(), run.original());
      assertEquals(List.of(), run.heredocs(), run.original());
    }
  }

  @Test
  void emptyContinuationLines_warnTwiceLikeTestParseWarnsOnEmptyContinutationLine()
      throws IOException {
    Path dir = CONFORMANCE.resolve("extra/warnings-TestParseWarnsOnEmptyContinutationLine");
    JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
    List<ParseWarning> warnings =
        DockerfileParser.parse(read(dir.resolve("Dockerfile"))).warnings();

    assertEquals(expected.get("expected_warnings").asInt(), warnings.size());
    for (JsonNode fragment : expected.get("warning_0_contains")) {
      assertTrue(warnings.get(0).message().contains(fragment.asText()), warnings.get(0).message());
    }
    for (JsonNode fragment : expected.get("warning_1_contains")) {
      assertTrue(warnings.get(1).message().contains(fragment.asText()), warnings.get(1).message());
    }
    assertEquals(
        List.of(
            new ParseWarning(
                "NoEmptyContinuation",
                "Empty continuation line found in: RUN something     following     more",
                11,
                11),
            new ParseWarning(
                "NoEmptyContinuation",
                "Empty continuation line found in: RUN another     thing",
                15,
                15)),
        warnings);
  }

  @Test
  void lineOf65536Bytes_failsLikeTestParseReturnsScannerErrors() {
    String text = "\n\t\tFROM image\n\t\tLABEL test=" + "a".repeat(65536) + "\n";

    LimitExceededException e =
        assertThrows(LimitExceededException.class, () -> DockerfileParser.parse(text));

    assertEquals("dockerfile line greater than max allowed size of 65535", e.getMessage());
    assertEquals(Limit.LINE_LENGTH, e.limit());
    assertEquals(List.of(3, 3), List.of(e.startLine(), e.endLine()));
  }
}
