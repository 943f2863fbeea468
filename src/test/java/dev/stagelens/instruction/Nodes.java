package dev.stagelens.instruction;

import dev.stagelens.parse.Heredoc;
import dev.stagelens.parse.Node;
import java.util.Arrays;
import java.util.List;

/** Builds instruction nodes by hand, shaped as BuildKit's parser shapes them. */
final class Nodes {
  private Nodes() {}

  /** A shell-form or plain instruction at one line, with flags given as {@code --x} words. */
  static Node node(int line, String keyword, List<String> flags, String... args) {
    return build(keyword, flags, false, line, line, List.of(), List.of(), args);
  }

  static Node node(int line, String keyword, String... args) {
    return node(line, keyword, List.of(), args);
  }

  /** An exec-form (JSON) instruction. */
  static Node json(int line, String keyword, List<String> flags, String... args) {
    return build(keyword, flags, true, line, line, List.of(), List.of(), args);
  }

  static Node withHeredocs(
      int startLine, int endLine, String keyword, List<Heredoc> heredocs, String... args) {
    return build(keyword, List.of(), false, startLine, endLine, heredocs, List.of(), args);
  }

  static Node withComments(int line, String keyword, List<String> comments, String... args) {
    return build(keyword, List.of(), false, line, line, List.of(), comments, args);
  }

  static Node build(
      String keyword,
      List<String> flags,
      boolean json,
      int startLine,
      int endLine,
      List<Heredoc> heredocs,
      List<String> comments,
      String... args) {
    List<Node> next = Arrays.stream(args).map(Node::argument).toList();
    String original = keyword + " " + String.join(" ", flags) + " " + String.join(" ", args);
    return new Node(
        keyword,
        flags,
        next,
        List.of(),
        heredocs,
        json,
        original.replaceAll(" +", " ").trim(),
        startLine,
        endLine,
        comments);
  }

  /** ONBUILD wrapping {@code inner}, as the parser wraps its trigger. */
  static Node onbuild(int line, Node inner) {
    Node wrapper =
        new Node("", List.of(), List.of(), List.of(inner), List.of(), false, "", 0, 0, List.of());
    return new Node(
        "ONBUILD",
        List.of(),
        List.of(wrapper),
        List.of(),
        inner.heredocs(),
        false,
        "ONBUILD " + inner.original(),
        line,
        line,
        List.of());
  }
}
