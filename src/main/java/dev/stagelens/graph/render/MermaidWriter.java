package dev.stagelens.graph.render;

import java.util.List;

/**
 * Writes a diagram as a Mermaid flowchart: stages are rectangles (dashed and grey when skipped,
 * thick-bordered for the target), images are stadiums, and base, copy and mount arrows are thick,
 * normal and dotted.
 */
public final class MermaidWriter {

  private MermaidWriter() {}

  /** The Mermaid text of {@code diagram}. */
  public static String write(Diagram diagram) {
    StringBuilder out = new StringBuilder("flowchart TB\n");
    for (DiagramNode node : diagram.nodes()) {
      String text = quote(node.label()) + "<br/>" + quote(node.detail());
      String shape = node.kind() == NodeKind.IMAGE ? "([\"%s\"])" : "[\"%s\"]";
      out.append("  ").append(node.id()).append(String.format(shape, text)).append('\n');
    }
    for (DiagramEdge edge : diagram.edges()) {
      out.append("  ")
          .append(edge.from())
          .append(' ')
          .append(arrow(edge))
          .append("|\"")
          .append(quote(edge.label()))
          .append("\"| ")
          .append(edge.to())
          .append('\n');
    }
    out.append("  classDef built stroke:#333,stroke-width:1px\n");
    out.append("  classDef skipped stroke:#999,stroke-dasharray:5 5,color:#777\n");
    out.append("  classDef image fill:#eef5ff,stroke:#5b7fb5\n");
    out.append("  classDef target stroke:#000,stroke-width:3px\n");
    appendClass(out, "built", diagram, NodeKind.BUILT_STAGE);
    appendClass(out, "skipped", diagram, NodeKind.SKIPPED_STAGE);
    appendClass(out, "image", diagram, NodeKind.IMAGE);
    diagram.nodes().stream()
        .filter(DiagramNode::target)
        .forEach(n -> out.append("  class ").append(n.id()).append(" target\n"));
    return out.toString();
  }

  private static String arrow(DiagramEdge edge) {
    return switch (edge.kind()) {
      case BASE -> "==>";
      case COPY -> "-->";
      case MOUNT -> "-.->";
    };
  }

  private static void appendClass(StringBuilder out, String name, Diagram diagram, NodeKind kind) {
    List<String> ids =
        diagram.nodes().stream().filter(n -> n.kind() == kind).map(DiagramNode::id).toList();
    if (!ids.isEmpty()) {
      out.append("  class ").append(String.join(",", ids)).append(' ').append(name).append('\n');
    }
  }

  /** Text inside a quoted Mermaid label, with the characters it cannot hold as entity codes. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("#quot;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '#' -> out.append("#35;");
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
