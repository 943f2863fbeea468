package dev.stagelens.parse;

import java.util.List;

/**
 * What the parser returns for one Dockerfile.
 *
 * @param root the root node; its children are the instructions in file order
 * @param directives the parser directives found at the top of the file
 * @param escapeToken the escape character in force: {@code \} or a backtick
 * @param warnings problems tolerated while parsing, in file order
 */
public record ParseResult(
    Node root, List<Directive> directives, char escapeToken, List<ParseWarning> warnings) {

  public ParseResult {
    directives = List.copyOf(directives);
    warnings = List.copyOf(warnings);
  }

  /** The instruction nodes in file order. */
  public List<Node> instructions() {
    return root.children();
  }
}
