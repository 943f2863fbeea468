package dev.stagelens.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the parser on arbitrary text and on generated Dockerfiles. */
class ParserProperties {

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

  /** Parses, turning our typed faults into null; anything else escapes and fails the property. */
  private static ParseResult parseOrNull(String text) {
    try {
      return DockerfileParser.parse(text);
    } catch (DockerfileParseException | LimitExceededException e) {
      return null;
    }
  }

  @Property(tries = 2000)
  void anyText_parsesOrFailsWithATypedFault(@ForAll("noise") String text) {
    ParseResult result = parseOrNull(text);

    if (result != null) {
      assertLinesInside(result.instructions(), text.split("\n", -1).length);
    }
  }

  @Property(tries = 1000)
  void generatedFile_linesStayInsideTheInput(@ForAll("dockerfiles") String text) {
    ParseResult result = parseOrNull(text);
    Assume.that(result != null);

    assertLinesInside(result.instructions(), text.split("\n", -1).length);
  }

  /**
   * Writing each instruction's logical line back out, one per line, reads as the same tree: what
   * the parser keeps of an instruction is enough to read it again.
   */
  @Property(tries = 1000)
  void generatedFile_reparsesFromItsLogicalLinesToTheSameDump(@ForAll("dockerfiles") String text) {
    ParseResult result = parseOrNull(text);
    Assume.that(result != null);
    Assume.that(result.instructions().stream().allMatch(n -> n.heredocs().isEmpty()));

    StringBuilder regenerated = new StringBuilder();
    result.instructions().forEach(n -> regenerated.append(n.original()).append('\n'));

    assertEquals(Dumper.dump(result), Dumper.dump(DockerfileParser.parse(regenerated.toString())));
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

  @Provide
  Arbitrary<String> noise() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.of(KEYWORDS),
            Arbitraries.of(
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
                "\u00e9"),
            Arbitraries.strings().ofMaxLength(8));
    return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
  }

  @Provide
  Arbitrary<String> dockerfiles() {
    Arbitrary<String> word =
        Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6),
            Arbitraries.of(
                "a=b",
                "\"q w\"",
                "'s q'",
                "$V",
                "${V:-d}",
                "[\"x\",\"y\"]",
                "--from=a",
                "AS",
                "x\\ y",
                "#c"));
    Arbitrary<String> words = word.list().ofMinSize(1).ofMaxSize(5).map(w -> String.join(" ", w));
    Arbitrary<String> separator = Arbitraries.of(" ", " \\\n  ", " \\\n# note\n ", " \\\n\n ");
    Arbitrary<String> instruction =
        Combinators.combine(Arbitraries.of(KEYWORDS), separator, words)
            .as((k, s, w) -> k + s + w + "\n");
    Arbitrary<String> line =
        Arbitraries.oneOf(instruction, instruction, instruction, Arbitraries.of("\n", "# c\n"));
    return line.list()
        .ofMinSize(1)
        .ofMaxSize(12)
        .map(lines -> "FROM base\n" + String.join("", lines));
  }
}
