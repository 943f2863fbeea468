package dev.stagelens.graph.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgWriterTest {

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> texts(Document document) {
    NodeList nodes = document.getElementsByTagName("text");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  private static Element group(Document document, String id) {
    NodeList groups = document.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("id").equals(id)) {
        return g;
      }
    }
    throw new AssertionError("no group " + id);
  }

  @Test
  void br20_isWellFormedSvgNamingEveryStageAndImage() throws Exception {
    Document svg = parse(SvgWriter.write(Renderings.of("cases/BR-20.Dockerfile")));
    assertEquals("svg", svg.getDocumentElement().getLocalName());
    assertEquals("http://www.w3.org/2000/svg", svg.getDocumentElement().getNamespaceURI());
    List<String> texts = texts(svg);
    for (String name :
        List.of(
            "base",
            "build",
            "stage-2",
            "registry.example.com/tools/uv:0.5.4",
            "docker.io/library/biuld:latest",
            "copy, line 7",
            "base, line 4")) {
      assertTrue(texts.contains(name), name + " missing from " + texts);
    }
  }

  @Test
  void br20_kindsAreDrawnDifferently() throws Exception {
    Document svg = parse(SvgWriter.write(Renderings.of("cases/BR-20.Dockerfile")));
    assertEquals("node skipped-stage", group(svg, "s1").getAttribute("class"));
    assertEquals("6 4", first(group(svg, "s1"), "rect").getAttribute("stroke-dasharray"));
    assertEquals("node built-stage target", group(svg, "s2").getAttribute("class"));
    assertEquals("3", first(group(svg, "s2"), "rect").getAttribute("stroke-width"));
    assertEquals(1, group(svg, "i0").getElementsByTagName("ellipse").getLength());
    assertEquals(0, group(svg, "i0").getElementsByTagName("rect").getLength());
  }

  @Test
  void br13_mountEdge_isDashedAndBaseEdgesThick() throws Exception {
    String svg = SvgWriter.write(Renderings.of("cases/BR-13.Dockerfile"));
    assertTrue(svg.contains("<g class=\"edge mount\">"), svg);
    assertTrue(svg.contains("stroke-width=\"1.2\" stroke-dasharray=\"2 3\""), svg);
    String br20 = SvgWriter.write(Renderings.of("cases/BR-20.Dockerfile"));
    assertTrue(br20.contains("<g class=\"edge base\">"), br20);
    assertTrue(br20.contains("stroke-width=\"2.5\""), br20);
  }

  private static Element first(Element parent, String tag) {
    return (Element) parent.getElementsByTagName(tag).item(0);
  }

  @Test
  void elkLayout_putsEveryDependencyAboveItsStageWithoutOverlap() {
    Diagram diagram = Renderings.of("cases/BR-20.Dockerfile");
    Layout layout = ElkLayout.layout(diagram);
    for (Layout.Route route : layout.routes()) {
      Layout.Box from = box(layout, route.edge().from());
      Layout.Box to = box(layout, route.edge().to());
      assertTrue(from.y() + from.height() <= to.y(), route.edge() + " does not point down");
      Layout.Point end = route.points().get(route.points().size() - 1);
      assertEquals(to.y(), end.y(), 0.5, "arrow of " + route.edge() + " ends at its stage");
    }
    for (Layout.Box a : layout.boxes()) {
      for (Layout.Box b : layout.boxes()) {
        boolean apart =
            a == b
                || a.x() + a.width() <= b.x()
                || b.x() + b.width() <= a.x()
                || a.y() + a.height() <= b.y()
                || b.y() + b.height() <= a.y();
        assertTrue(apart, a.node().id() + " overlaps " + b.node().id());
      }
    }
  }

  private static Layout.Box box(Layout layout, String id) {
    return layout.boxes().stream().filter(b -> b.node().id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void textIsEscaped() throws Exception {
    Diagram odd =
        new Diagram(
            List.of(new DiagramNode("s0", "a<&>\"b", "FROM x", NodeKind.BUILT_STAGE, true)),
            List.of());
    Document svg = parse(SvgWriter.write(odd));
    assertEquals(List.of("a<&>\"b", "FROM x"), texts(svg));
  }
}
