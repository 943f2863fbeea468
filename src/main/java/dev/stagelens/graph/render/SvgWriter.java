package dev.stagelens.graph.render;

import java.util.Locale;

/**
 * Writes a diagram as SVG at the places {@link ElkLayout} computes: stages are rounded rectangles
 * (dashed and grey when skipped, thick-bordered for the target), images are ellipses, and base,
 * copy and mount arrows are thick, solid and dotted.
 */
public final class SvgWriter {

  private SvgWriter() {}

  /** The SVG document of {@code diagram}. */
  public static String write(Diagram diagram) {
    Layout layout = ElkLayout.layout(diagram);
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                + "viewBox=\"0 0 %.0f %.0f\" font-family=\"monospace\" font-size=\"12\">\n",
            layout.width(),
            layout.height(),
            layout.width(),
            layout.height()));
    out.append("  <title>Build stages</title>\n");
    out.append("  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" ")
        .append("markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"context-stroke\"/></marker></defs>\n");
    for (Layout.Route route : layout.routes()) {
      appendRoute(out, route);
    }
    for (Layout.Box box : layout.boxes()) {
      appendBox(out, box);
    }
    return out.append("</svg>\n").toString();
  }

  private static void appendRoute(StringBuilder out, Layout.Route route) {
    DiagramEdge edge = route.edge();
    String colour = edge.built() ? "#222" : "#999";
    String stroke =
        switch (edge.kind()) {
          case BASE -> "stroke-width=\"2.5\"";
          case COPY -> "stroke-width=\"1.2\"";
          case MOUNT -> "stroke-width=\"1.2\" stroke-dasharray=\"2 3\"";
        };
    StringBuilder path = new StringBuilder();
    for (Layout.Point p : route.points()) {
      path.append(path.length() == 0 ? "M" : " L").append(number(p.x())).append(',');
      path.append(number(p.y()));
    }
    out.append("  <g class=\"edge ").append(edge.kind().label()).append("\">");
    out.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour);
    out.append("\" ").append(stroke).append(" marker-end=\"url(#arrow)\"/>");
    appendText(out, route.label().x(), route.label().y() + 11, "start", colour, edge.label());
    out.append("</g>\n");
  }

  private static void appendBox(StringBuilder out, Layout.Box box) {
    DiagramNode node = box.node();
    String kind = node.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    out.append("  <g class=\"node ").append(kind).append(node.target() ? " target" : "");
    out.append("\" id=\"").append(node.id()).append("\">");
    out.append(shape(box));
    double centre = box.x() + box.width() / 2;
    double top = box.y() + box.height() / 2;
    String colour = node.kind() == NodeKind.SKIPPED_STAGE ? "#777" : "#111";
    appendText(out, centre, top - 3, "middle", colour, node.label());
    appendText(out, centre, top + ElkLayout.LINE_HEIGHT - 3, "middle", "#555", node.detail());
    out.append("</g>\n");
  }

  private static String shape(Layout.Box box) {
    DiagramNode node = box.node();
    if (node.kind() == NodeKind.IMAGE) {
      return String.format(
          Locale.ROOT,
          "<ellipse cx=\"%s\" cy=\"%s\" rx=\"%s\" ry=\"%s\" fill=\"#eef5ff\" stroke=\"#5b7fb5\"/>",
          number(box.x() + box.width() / 2),
          number(box.y() + box.height() / 2),
          number(box.width() / 2),
          number(box.height() / 2));
    }
    String border =
        node.kind() == NodeKind.SKIPPED_STAGE
            ? "stroke=\"#999\" stroke-dasharray=\"6 4\""
            : "stroke=\"#222\" stroke-width=\"" + (node.target() ? "3" : "1.5") + "\"";
    return String.format(
        Locale.ROOT,
        "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"6\" fill=\"#fff\" %s/>",
        number(box.x()),
        number(box.y()),
        number(box.width()),
        number(box.height()),
        border);
  }

  private static void appendText(
      StringBuilder out, double x, double y, String anchor, String colour, String text) {
    out.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y));
    out.append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(colour);
    out.append("\">").append(escape(text)).append("</text>");
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** Text safe inside an XML element or attribute. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c < 0x20 && c != '\t' ? ' ' : c);
      }
    }
    return out.toString();
  }
}
