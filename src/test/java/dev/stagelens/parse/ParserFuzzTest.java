package dev.stagelens.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Properties of the parser on inputs Jazzer chooses: arbitrary text built from the pieces that
 * matter to the parser, and generated Dockerfiles. Without {@code JAZZER_FUZZ=1} each property
 * replays its stored inputs.
 */
class ParserFuzzTest {

  private static final List<String> KEYWORDS =
      List.of(
          "FROM",
          "RUN",
          "CMD",
          "ENV",
          "ARG",
          "LABEL",
          "COPY",
          "ADD",
          "WORKDIR",
          "USER",
          "EXPOSE",
          "VOLUME",
          "ENTRYPOINT",
          "SHELL",
          "HEALTHCHECK",
          "ONBUILD",
          "STOPSIGNAL");
  private static final List<String> NOISE =
      List.of(
          "\n",
          "\\\n",
          "\\",
          " ",
          "\t",
          "\r",
          "#",
          "# escape=`\n",
          "`\n",
          "<<EOF",
          "EOF",
          "<<-X",
          "\tX",
          "[\"",
          "\"]",
          "'",
          "\"",
          "${",
          "}",
          "$",
          "=",
          "--mount=",
          ",",
          "\u0000",
          "\uFEFF",
          "\uFFFD",
          "\u00e9");
  private static final List<String> WORDS =
      List.of(
          "a=b",
          "\"q w\"",
          "'s q'",
          "$V",
          "${V:-d}",
          "[\"x\",\"y\"]",
          "--from=a",
          "AS",
          "x\\ y",
          "#c");
  private static final List<String> SEPARATORS =
      List.of(" ", " \\\n  ", " \\\n# note\n ", " \\\n\n ");

  /** Parses, turning our typed faults into null; anything else escapes and fails the property. */
  private static ParseResult parseOrNull(String text) {
    try {
      return DockerfileParser.parse(text);
    } catch (DockerfileParseException | LimitExceededException e) {
      return null;
    }
  }

  @FuzzTest(maxDuration = "10s")
  void anyText_parsesOrFailsWithATypedFault(FuzzedDataProvider data) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 60 && data.remainingBytes() > 0; i++) {
      switch (data.consumeInt(0, 2)) {
        case 0 -> text.append(data.pickValue(KEYWORDS));
        case 1 -> text.append(data.pickValue(NOISE));
        default -> text.append(data.consumeString(8));
      }
    }
    ParseResult result = parseOrNull(text.toString());
    if (result != null) {
      assertLinesInside(result.instructions(), text.toString().split("\n", -1).length);
    }
  }

  @FuzzTest(maxDuration = "10s")
  void generatedFile_linesStayInsideAndReparseFromLogicalLines(FuzzedDataProvider data) {
    String text = dockerfile(data);
    ParseResult result = parseOrNull(text);
    if (result == null) {
      return;
    }
    assertLinesInside(result.instructions(), text.split("\n", -1).length);
    if (result.instructions().stream().allMatch(n -> n.heredocs().isEmpty())) {
      StringBuilder regenerated = new StringBuilder();
      result.instructions().forEach(n -> regenerated.append(n.original()).append('\n'));
      assertEquals(
          Dumper.dump(result), Dumper.dump(DockerfileParser.parse(regenerated.toString())));
    }
  }

  private static String dockerfile(FuzzedDataProvider data) {
    StringBuilder text = new StringBuilder("FROM base\n");
    int lines = data.consumeInt(1, 12);
    for (int i = 0; i < lines && data.remainingBytes() > 0; i++) {
      if (data.consumeInt(0, 3) == 0) {
        text.append(data.pickValue(List.of("\n", "# c\n")));
        continue;
      }
      text.append(data.pickValue(KEYWORDS)).append(data.pickValue(SEPARATORS));
      int words = data.consumeInt(1, 5);
      for (int w = 0; w < words; w++) {
        text.append(w == 0 ? "" : " ");
        text.append(
            data.consumeBoolean()
                ? data.pickValue(WORDS)
                : "w" + Integer.toString(data.consumeInt(0, 1 << 20), 36));
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static void assertLinesInside(List<Node> nodes, int lineCount) {
    int previousEnd = 0;
    for (Node node : nodes) {
      assertTrue(node.startLine() > previousEnd, "start " + node.startLine());
      assertTrue(node.endLine() >= node.startLine(), "end " + node.endLine());
      assertTrue(node.endLine() <= lineCount, node.endLine() + " > " + lineCount);
      previousEnd = node.endLine();
    }
  }
}
