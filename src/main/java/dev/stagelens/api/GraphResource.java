package dev.stagelens.api;

import dev.stagelens.analysis.Analyzer;
import dev.stagelens.graph.StageGraph;
import dev.stagelens.graph.render.Diagram;
import dev.stagelens.graph.render.DotWriter;
import dev.stagelens.graph.render.MermaidWriter;
import dev.stagelens.graph.render.SvgWriter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code POST /api/v1/graphs}: the stage graph as JSON, or drawn as Graphviz DOT, a Mermaid
 * flowchart or an SVG picture, whichever {@code Accept} asks for first.
 */
@Path("/api/v1/graphs")
public class GraphResource {

  static final String DOT = "text/vnd.graphviz";
  static final String MERMAID = "text/vnd.mermaid";
  static final String SVG = "image/svg+xml";

  private static final List<MediaType> OFFERED =
      List.of(
          MediaType.APPLICATION_JSON_TYPE,
          MediaType.valueOf(DOT),
          MediaType.valueOf(MERMAID),
          MediaType.valueOf(SVG));

  private final Analyzer analyzer;

  GraphResource(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces({MediaType.APPLICATION_JSON, DOT, MERMAID, SVG})
  public Response graph(
      String dockerfile,
      @QueryParam("target") String target,
      @QueryParam("build-arg") List<String> buildArgs,
      @QueryParam("platform") String platform,
      @Context HttpHeaders headers) {
    StageGraph graph =
        analyzer.stageGraph(
            dockerfile == null ? "" : dockerfile,
            BuildRequests.fromQuery(target, buildArgs, platform));
    MediaType type = chosen(headers);
    return Response.ok(body(graph, type.toString()), type).build();
  }

  private static Object body(StageGraph graph, String type) {
    return switch (type) {
      case DOT -> DotWriter.write(Diagram.of(graph));
      case MERMAID -> MermaidWriter.write(Diagram.of(graph));
      case SVG -> SvgWriter.write(Diagram.of(graph));
      default -> GraphMapper.toView(graph);
    };
  }

  /** The first offered type the client accepts, in its order of preference; JSON by default. */
  private static MediaType chosen(HttpHeaders headers) {
    for (MediaType accepted : headers.getAcceptableMediaTypes()) {
      for (MediaType offered : OFFERED) {
        if (accepted.isCompatible(offered)) {
          return offered;
        }
      }
    }
    return MediaType.APPLICATION_JSON_TYPE;
  }
}
