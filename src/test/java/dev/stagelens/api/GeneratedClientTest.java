package dev.stagelens.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagelens.client.ApiClient;
import dev.stagelens.client.ApiException;
import dev.stagelens.client.api.AnalysesApi;
import dev.stagelens.client.api.AstApi;
import dev.stagelens.client.api.FindingsApi;
import dev.stagelens.client.api.GraphsApi;
import dev.stagelens.client.api.OptimizationsApi;
import dev.stagelens.client.model.Analysis;
import dev.stagelens.client.model.Ast;
import dev.stagelens.client.model.Edge;
import dev.stagelens.client.model.Findings;
import dev.stagelens.client.model.Level;
import dev.stagelens.client.model.Optimization;
import dev.stagelens.client.model.StageGraph;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Java client the build generates from the contract, used against the running service. */
@QuarkusTest
class GeneratedClientTest {

  private static final String TUTORIAL = SharedFiles.read("cases/tutorial/Dockerfile");

  @TestHTTPResource("/")
  URL root;

  private ApiClient client;

  @BeforeEach
  void connect() {
    client = new ApiClient();
    client.updateBaseUri(root.toString().replaceAll("/$", ""));
  }

  @Test
  void createAnalysis_tutorial_readsStagesEdgeStepsAndSizes() throws ApiException {
    Analysis analysis =
        new AnalysesApi(client).createAnalysis(TUTORIAL, null, null, null, null, null);
    assertEquals(List.of("build", "stage 1"), names(analysis));
    Edge edge = analysis.getEdges().get(0);
    assertEquals(1, analysis.getEdges().size());
    assertEquals(
        List.of(0, 1, Edge.KindEnum.COPY, 10),
        List.of(edge.getFrom(), edge.getTo(), edge.getKind(), edge.getLine()));
    assertEquals(List.of("/app", "/app/dist"), analysis.getSteps().get(8).getPresent());
    assertEquals(232_330_000L, analysis.getSizes().getImage().getBytes());
  }

  @Test
  void createAnalysis_targetAndBuildArgs_reachTheService() throws ApiException {
    Analysis analysis =
        new AnalysesApi(client)
            .createAnalysis(
                "ARG TAG\nFROM alpine:$TAG AS base\nFROM base\n",
                "base",
                List.of("TAG=3.20"),
                null,
                null,
                null);
    assertEquals(0, analysis.getTarget().getStage());
    assertEquals("docker.io/library/alpine:3.20", analysis.getStages().get(0).getBaseImage());
    assertEquals(List.of(1), analysis.getTarget().getSkipped());
  }

  @Test
  void createAnalysis_unknownTarget_failsWith422AndTheProblem() {
    ApiException error =
        assertThrows(
            ApiException.class,
            () ->
                new AnalysesApi(client).createAnalysis(TUTORIAL, "biuld", null, null, null, null));
    assertEquals(422, error.getCode());
    assertTrue(
        error.getResponseBody().contains("\"suggestion\":\"build\""), error.getResponseBody());
  }

  @Test
  void parseDockerfile_tutorial_givesTypedInstructions() throws ApiException {
    Ast ast = new AstApi(client).parseDockerfile(TUTORIAL);
    assertEquals(10, ast.getInstructions().size());
    assertEquals("build", ast.getInstructions().get(8).getInstruction().getFrom());
    assertEquals(List.of("--from=build"), ast.getInstructions().get(8).getFlags());
  }

  private static List<String> names(Analysis analysis) {
    return analysis.getStages().stream()
        .map(s -> s.getName() == null ? "stage " + s.getIndex() : s.getName())
        .toList();
  }

  @Test
  void createStageGraph_tutorial_readsTheCopyEdgeAndBuildOrder() throws ApiException {
    StageGraph graph = new GraphsApi(client).createStageGraph(TUTORIAL, null, null, null);
    assertEquals(2, graph.getStages().size());
    Edge edge = graph.getEdges().get(0);
    assertEquals(
        List.of(0, 1, Edge.KindEnum.COPY, 10),
        List.of(edge.getFrom(), edge.getTo(), edge.getKind(), edge.getLine()));
    assertEquals(List.of(0, 1), graph.getTarget().getBuildOrder());
  }

  @Test
  void createFindings_br21_failsOnWarningAtLine7() throws ApiException {
    Findings findings =
        new FindingsApi(client)
            .createFindings(
                SharedFiles.read("cases/BR-21.Dockerfile"),
                null,
                null,
                null,
                null,
                null,
                Level.WARNING);
    assertEquals(
        List.of("2 AptPackageUnpinned", "7 AptListsNotRemoved", "7 AptPackageUnpinned"),
        findings.getFindings().stream().map(f -> f.getLine() + " " + f.getRule()).toList());
    assertEquals(true, findings.getFailed());
  }

  @Test
  void createOptimization_br21_removesTheAptListsOfLine7() throws ApiException {
    Optimization optimization =
        new OptimizationsApi(client)
            .createOptimization(SharedFiles.read("cases/BR-21.Dockerfile"), null, null, null);
    assertEquals(
        List.of("apt-lists [7]"),
        optimization.getChanges().stream()
            .map(c -> c.getRewrite().getValue() + " " + c.getLines())
            .toList());
    assertTrue(
        optimization
            .getDockerfile()
            .contains(
                "RUN apt-get update \\\n"
                    + "    && apt-get install -y --no-install-recommends ca-certificates \\\n"
                    + "    && rm -rf /var/lib/apt/lists/*\n"));
  }

  @Test
  void listRules_namesEveryRegisteredRule() throws ApiException {
    assertTrue(
        new FindingsApi(client)
            .listRules().stream().anyMatch(r -> r.getId().getValue().equals("AptListsNotRemoved")));
  }
}
