package dev.stagelens.parse;

/**
 * Prints a syntax tree in BuildKit's {@code Node.Dump()} format, the format of BuildKit's parser
 * golden files: one {@code (keyword ["flags"] "arg" ...)} line per instruction.
 */
public final class Dumper {

  private Dumper() {}

  /** The dump of a parse result's root, without a final newline, as BuildKit prints it. */
  public static String dump(ParseResult result) {
    return dump(result.root());
  }

  /** The dump of one node and everything under it, without a final newline. */
  public static String dump(Node node) {
    StringBuilder out = new StringBuilder();
    appendNode(out, node);
    return out.toString();
  }

  private static void appendNode(StringBuilder out, Node node) {
    int begin = out.length();
    out.append(GoText.toLower(node.value()));
    if (!node.flags().isEmpty()) {
      out.append(' ');
      GoQuote.appendQuotedList(out, node.flags());
    }
    for (Node child : node.children()) {
      out.append('(');
      appendNode(out, child);
      out.append(")\n");
    }
    for (Node argument : node.next()) {
      out.append(' ');
      if (argument.children().isEmpty()) {
        GoQuote.appendQuoted(out, argument.value());
      } else {
        appendNode(out, argument);
      }
    }
    trimSpace(out, begin);
  }

  /** Go's {@code strings.TrimSpace} applied to what this node appended from {@code begin} on. */
  private static void trimSpace(StringBuilder out, int begin) {
    out.setLength(GoText.trimSpaceEnd(out, begin, out.length()));
    int first = GoText.skipSpace(out, begin, out.length());
    if (first > begin) {
      out.delete(begin, first);
    }
  }
}
