package dev.stagelens.parse;

import java.util.List;

/**
 * One node of the Dockerfile syntax tree, shaped like BuildKit's parser node.
 *
 * <p>The root node has no value and holds the instructions as {@link #children()}. An instruction
 * node holds its keyword as written in {@link #value()}, its builder flags, and its arguments as
 * the {@link #next()} list. ONBUILD wraps its inner instruction: its single argument node has no
 * value and the inner instruction as its only child. The inner instruction carries the ONBUILD's
 * lines (BuildKit leaves them 0) so that every instruction has a source range; heredocs opened by
 * {@code ONBUILD RUN <<EOF} belong to the ONBUILD node, as in BuildKit.
 *
 * @param value the keyword as written for an instruction, the text of an argument, empty for the
 *     root and for the ONBUILD wrapper
 * @param flags builder flags as written before the arguments, such as {@code --from=build}
 * @param next the arguments, in order
 * @param children the instructions of the root, or the inner instruction of an ONBUILD wrapper
 * @param heredocs heredocs attached to a RUN, COPY or ADD instruction, in order of appearance
 * @param json true when the arguments were given in JSON (exec) form
 * @param original the logical line as written after joining continuations, keyword included
 * @param startLine first physical line, 1-based; 0 for argument nodes
 * @param endLine last physical line, 1-based, inclusive; 0 for argument nodes
 * @param comments the comments since the previous instruction, as BuildKit keeps them: trimmed and
 *     without the leading {@code #}, blank lines in between allowed, an empty {@code #} line
 *     forgetting those above it, directives left out
 */
public record Node(
    String value,
    List<String> flags,
    List<Node> next,
    List<Node> children,
    List<Heredoc> heredocs,
    boolean json,
    String original,
    int startLine,
    int endLine,
    List<String> comments) {

  public Node {
    flags = List.copyOf(flags);
    next = List.copyOf(next);
    children = List.copyOf(children);
    heredocs = List.copyOf(heredocs);
    comments = List.copyOf(comments);
  }

  /** An argument node holding only a value. */
  public static Node argument(String value) {
    return new Node(value, List.of(), List.of(), List.of(), List.of(), false, "", 0, 0, List.of());
  }
}
