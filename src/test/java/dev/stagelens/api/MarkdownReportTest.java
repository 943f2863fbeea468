package dev.stagelens.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** The Markdown report, read back with a CommonMark parser that knows GitHub's tables. */
@QuarkusTest
class MarkdownReportTest {

  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private static final String UNPINNED_WHY_AND_FIX =
      "  - Why: apt-get install names a package without =version; a release"
          + " (name/bookworm-backports) and a .deb file count as pinned\n"
          + "  - Fix: Pin each package as name=version, or install from a lock or requirements"
          + " file\n";

  private static Node report(String dockerfile) {
    String markdown =
        given()
            .contentType("text/plain")
            .accept("text/markdown")
            .body(dockerfile)
            .post("/api/v1/analyses")
            .then()
            .statusCode(200)
            .contentType("text/markdown")
            .extract()
            .asString();
    return PARSER.parse(markdown);
  }

  private static Node tutorial() {
    return report(SharedFiles.read("cases/tutorial/Dockerfile"));
  }

  private static <T extends Node> List<T> all(Node root, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Node child = root.getFirstChild(); child != null; child = child.getNext()) {
      if (type.isInstance(child)) {
        out.add(type.cast(child));
      }
      out.addAll(all(child, type));
    }
    return out;
  }

  private static String text(Node node) {
    StringBuilder out = new StringBuilder();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text text) {
        out.append(text.getLiteral());
      } else if (child instanceof Code code) {
        out.append(code.getLiteral());
      } else {
        out.append(text(child));
      }
    }
    return out.toString();
  }

  private static List<List<String>> rows(TableBlock table) {
    List<List<String>> rows = new ArrayList<>();
    for (TableRow row : all(table, TableRow.class)) {
      rows.add(all(row, TableCell.class).stream().map(MarkdownReportTest::text).toList());
    }
    return rows;
  }

  @Test
  void tutorial_hasTheSectionsInOrder() {
    List<String> headings = all(tutorial(), Heading.class).stream().map(h -> text(h)).toList();
    assertEquals(
        List.of(
            "stagelens report",
            "Snapshot",
            "Process flow",
            "Steps",
            "Status tracker",
            "Stage 0 build",
            "Stage 1 (target)",
            "Key moments"),
        headings);
  }

  @Test
  void tutorial_stepsTableHasAColumnPerFactAndARowPerInstruction() {
    List<List<String>> rows = rows(all(tutorial(), TableBlock.class).get(0));
    assertEquals(
        List.of("Step", "Action", "Stage", "Files present", "Image size impact"), rows.get(0));
    assertEquals(11, rows.size());
    assertEquals(
        List.of(
            "4",
            "line 4: RUN npm install",
            "0 build",
            "/app, /app/node_modules, /app/package.json, /root/.npm",
            "none, not shipped (+210.0 MB to its stage)"),
        rows.get(4));
    assertEquals(
        List.of(
            "9",
            "line 10: COPY --from=build /app/dist ./dist",
            "1 (target)",
            "/app, /app/dist",
            "+5.0 MB"),
        rows.get(9));
  }

  @Test
  void tutorial_trackerShowsTheFinalStageHoldingOnlyTheBuiltOutput() {
    List<List<String>> rows = rows(all(tutorial(), TableBlock.class).get(2));
    assertEquals(
        List.of(
            List.of("Point", "Files present", "Stage size"),
            List.of("start: FROM node:18-slim", "(none tracked)", "227.3 MB"),
            List.of(
                "after line 10: COPY --from=build /app/dist ./dist", "/app, /app/dist", "232.3 MB"),
            List.of("final", "/app, /app/dist", "232.3 MB")),
        rows);
  }

  @Test
  void tutorial_trackerOfTheBuildStageHasARowPerLayerStep() {
    List<List<String>> rows = rows(all(tutorial(), TableBlock.class).get(1));
    assertEquals(
        List.of(
            "Point",
            "start: FROM node:18 AS build",
            "after line 3: COPY package.json .",
            "after line 4: RUN npm install",
            "after line 5: COPY . .",
            "after line 6: RUN npm run build",
            "final"),
        rows.stream().map(r -> r.get(0)).toList());
    assertEquals("1.44 GB", rows.get(6).get(2));
  }

  @Test
  void tutorial_flowIsAMermaidChartWithTheCopyEdge() {
    List<FencedCodeBlock> blocks = all(tutorial(), FencedCodeBlock.class);
    assertEquals(1, blocks.size());
    assertEquals("mermaid", blocks.get(0).getInfo());
    assertEquals(
        "flowchart LR\n"
            + "  s0[\"build\"]\n"
            + "  s1[\"stage 1\"]\n"
            + "  s0 -- copy --> s1\n"
            + "  classDef skipped stroke-dasharray: 5 5\n",
        blocks.get(0).getLiteral());
  }

  @Test
  void tutorial_hasNoRawHtml() {
    Node root = tutorial();
    assertEquals(List.of(), all(root, HtmlBlock.class));
    assertEquals(List.of(), all(root, HtmlInline.class));
  }

  @Test
  void keyMoments_giveTheFindingWithWhyAndFix() {
    String markdown =
        given()
            .contentType("text/plain")
            .accept("text/markdown")
            .body(SharedFiles.read("cases/BR-21.Dockerfile"))
            .post("/api/v1/analyses")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String moments = markdown.substring(markdown.indexOf("## Key moments"));
    assertEquals(
        "## Key moments\n\n"
            + "- **Line 7, AptListsNotRemoved** (warning): apt package lists in /var/lib/apt/lists"
            + " stay in this layer; remove them in the same RUN\n"
            + "  - Why: apt package lists are left in a layer that ships in the image\n"
            + "  - Fix: End the same RUN with 'rm -rf /var/lib/apt/lists/*', or use a cache mount"
            + " for /var/lib/apt/lists\n"
            + "- **Line 2, AptPackageUnpinned** (info): apt-get install of 'gcc', 'libc6-dev' with"
            + " no version; pin each as name=version\n"
            + UNPINNED_WHY_AND_FIX
            + "- **Line 7, AptPackageUnpinned** (info): apt-get install of 'ca-certificates' with"
            + " no version; pin it as name=version\n"
            + UNPINNED_WHY_AND_FIX,
        moments);
  }

  @Test
  void jsonBodyAskingForMarkdown_getsTheReport() {
    given()
        .contentType("application/json")
        .accept("text/markdown")
        .body("{\"dockerfile\": \"FROM alpine:3.20\\n\"}")
        .post("/api/v1/analyses")
        .then()
        .statusCode(200)
        .contentType("text/markdown")
        .body(org.hamcrest.Matchers.startsWith("# stagelens report\n"));
  }
}
