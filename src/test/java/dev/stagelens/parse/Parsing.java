package dev.stagelens.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

/** Short forms for parsing inline Dockerfiles in tests. */
final class Parsing {

  private Parsing() {}

  /** BuildKit's dump of {@code text}. */
  static String dump(String text) {
    return Dumper.dump(DockerfileParser.parse(text));
  }

  /** The single instruction {@code text} holds. */
  static Node only(String text) {
    List<Node> instructions = DockerfileParser.parse(text).instructions();
    assertEquals(1, instructions.size(), "instructions in " + text);
    return instructions.get(0);
  }

  /** The values of a node's arguments. */
  static List<String> arguments(Node node) {
    return node.next().stream().map(Node::value).toList();
  }

  /** The error {@code text} is rejected with. */
  static DockerfileParseException rejection(String text) {
    return assertThrows(DockerfileParseException.class, () -> DockerfileParser.parse(text));
  }

  /** Message and lines of an error, for one-line assertions. */
  static List<Object> described(DockerfileParseException e) {
    return List.of(e.getMessage(), e.startLine(), e.endLine());
  }
}
