package dev.stagelens.graph.render;

/**
 * Writes a diagram in Graphviz's DOT language: stages are rounded boxes (dashed and grey when
 * skipped, doubled for the target), images are ellipses, and base, copy and mount arrows are bold,
 * solid and dotted.
 */
public final class DotWriter {

  private DotWriter() {}

  /** The DOT text of {@code diagram}, one statement a line. */
  public static String write(Diagram diagram) {
    StringBuilder out = new StringBuilder("digraph stages {\n");
    out.append("  rankdir=TB;\n");
    out.append("  node [fontname=\"monospace\", fontsize=11];\n");
    out.append("  edge [fontname=\"monospace\", fontsize=9];\n");
    for (DiagramNode node : diagram.nodes()) {
      out.append("  ").append(node.id()).append(" [").append(nodeAttributes(node)).append("];\n");
    }
    for (DiagramEdge edge : diagram.edges()) {
      out.append("  ")
          .append(edge.from())
          .append(" -> ")
          .append(edge.to())
          .append(" [")
          .append(edgeAttributes(edge))
          .append("];\n");
    }
    return out.append("}\n").toString();
  }

  private static String nodeAttributes(DiagramNode node) {
    String label = "label=" + quote(node.label() + "\n" + node.detail());
    return switch (node.kind()) {
      case IMAGE -> label + ", shape=ellipse, style=filled, fillcolor=\"#eef5ff\"";
      case SKIPPED_STAGE ->
          label + ", shape=box, style=\"rounded,dashed\", color=gray55, fontcolor=gray45";
      case BUILT_STAGE ->
          label + ", shape=box, style=\"rounded,bold\"" + (node.target() ? ", peripheries=2" : "");
    };
  }

  private static String edgeAttributes(DiagramEdge edge) {
    String style =
        switch (edge.kind()) {
          case BASE -> "bold";
          case COPY -> "solid";
          case MOUNT -> "dotted";
        };
    String colour = edge.built() ? "black" : "gray55";
    return "label="
        + quote(edge.label())
        + ", style="
        + style
        + ", color="
        + colour
        + ", fontcolor="
        + colour;
  }

  /** A DOT double-quoted string; a line break becomes DOT's centred {@code \n}. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
