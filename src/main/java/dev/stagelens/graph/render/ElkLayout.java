package dev.stagelens.graph.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a diagram out with the Eclipse Layout Kernel's layered (Sugiyama) algorithm: dependencies
 * point down, layer by layer, with orthogonal arrows and centred labels.
 */
public final class ElkLayout {

  /** Width of one character of the monospace font the SVG uses, in pixels. */
  static final double CHAR_WIDTH = 7.2;

  /** Height of one line of text, in pixels. */
  static final double LINE_HEIGHT = 15;

  private static final double PADDING = 12;

  /** How much wider an ellipse is than the rectangle of the text it holds. */
  private static final double ELLIPSE_WIDENING = 1.2;

  static {
    LayoutMetaDataService service = LayoutMetaDataService.getInstance();
    if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
      service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }
  }

  private ElkLayout() {}

  /** The layout ELK computes for {@code diagram}. */
  public static Layout layout(Diagram diagram) {
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(CoreOptions.PADDING, new ElkPadding(20));
    root.setProperty(CoreOptions.SPACING_NODE_NODE, 30.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
    Map<String, ElkNode> nodes = new LinkedHashMap<>();
    for (DiagramNode node : diagram.nodes()) {
      ElkNode elk = ElkGraphUtil.createNode(root);
      elk.setIdentifier(node.id());
      double width = textWidth(node.label(), node.detail()) + 2 * PADDING;
      elk.setDimensions(
          node.kind() == NodeKind.IMAGE ? width * ELLIPSE_WIDENING : width, boxHeight());
      nodes.put(node.id(), elk);
    }
    List<ElkEdge> edges = new ArrayList<>();
    for (DiagramEdge edge : diagram.edges()) {
      ElkEdge elk = ElkGraphUtil.createSimpleEdge(nodes.get(edge.from()), nodes.get(edge.to()));
      ElkLabel label = ElkGraphUtil.createLabel(edge.label(), elk);
      label.setDimensions(textWidth(edge.label()), LINE_HEIGHT);
      label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
      edges.add(elk);
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    return result(root, diagram, nodes, edges);
  }

  private static Layout result(
      ElkNode root, Diagram diagram, Map<String, ElkNode> nodes, List<ElkEdge> edges) {
    List<Layout.Box> boxes = new ArrayList<>();
    for (DiagramNode node : diagram.nodes()) {
      ElkNode elk = nodes.get(node.id());
      boxes.add(new Layout.Box(node, elk.getX(), elk.getY(), elk.getWidth(), elk.getHeight()));
    }
    List<Layout.Route> routes = new ArrayList<>();
    for (int i = 0; i < edges.size(); i++) {
      routes.add(route(diagram.edges().get(i), edges.get(i)));
    }
    return new Layout(root.getWidth(), root.getHeight(), boxes, routes);
  }

  private static Layout.Route route(DiagramEdge edge, ElkEdge elk) {
    List<Layout.Point> points = new ArrayList<>();
    for (ElkEdgeSection section : elk.getSections()) {
      points.add(new Layout.Point(section.getStartX(), section.getStartY()));
      for (ElkBendPoint bend : section.getBendPoints()) {
        points.add(new Layout.Point(bend.getX(), bend.getY()));
      }
      points.add(new Layout.Point(section.getEndX(), section.getEndY()));
    }
    ElkLabel label = elk.getLabels().get(0);
    return new Layout.Route(edge, points, new Layout.Point(label.getX(), label.getY()));
  }

  private static double textWidth(String... lines) {
    int longest = 0;
    for (String line : lines) {
      longest = Math.max(longest, line.length());
    }
    return longest * CHAR_WIDTH;
  }

  private static double boxHeight() {
    return 2 * LINE_HEIGHT + PADDING;
  }
}
