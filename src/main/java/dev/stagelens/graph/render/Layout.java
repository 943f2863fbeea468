package dev.stagelens.graph.render;

import java.util.List;

/**
 * Where a layout engine placed every box and arrow of a diagram, in pixels from the top left.
 *
 * @param width the width of the whole drawing
 * @param height the height of the whole drawing
 * @param boxes one per node, in the diagram's order
 * @param routes one per edge, in the diagram's order
 */
public record Layout(double width, double height, List<Box> boxes, List<Route> routes) {

  public Layout {
    boxes = List.copyOf(boxes);
    routes = List.copyOf(routes);
  }

  /** A node's placed rectangle. */
  public record Box(DiagramNode node, double x, double y, double width, double height) {}

  /** A point of an arrow's path. */
  public record Point(double x, double y) {}

  /**
   * An edge's path and the top left corner of its label.
   *
   * @param edge the edge
   * @param points the path from the source's border to the target's border, bends included
   * @param label where the label's box starts
   */
  public record Route(DiagramEdge edge, List<Point> points, Point label) {

    public Route {
      points = List.copyOf(points);
    }
  }
}
