package dev.stagelens.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The steps table, stage tracker and image content come back for every corpus Dockerfile. */
@QuarkusTest
class CorpusFilesTest {

  private static final Path CORPUS = SharedFiles.ROOT.resolve("corpus/files");

  @Test
  void everyParsedCorpusFile_hasATableRowPerStepAndATrackPerStage() throws IOException {
    List<Path> files = SharedFiles.corpusFiles();
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Path file : files) {
      Response response =
          given().contentType("text/plain").body(Files.readString(file)).post("/api/v1/analyses");
      if (response.statusCode() != 200) {
        continue;
      }
      checked++;
      String problem = shapeProblem(response.jsonPath());
      if (problem != null) {
        wrong.add(CORPUS.relativize(file) + ": " + problem);
      }
    }
    System.out.printf("corpus files: %d answered with table and tracker checked%n", checked);
    assertEquals(List.of(), wrong);
    assertTrue(checked > 300, "too few corpus files answered 200: " + checked);
  }

  private static String shapeProblem(JsonPath json) {
    int steps = json.getList("steps").size();
    int stages = json.getList("stages").size();
    if (json.getList("table").size() != steps) {
      return "table has " + json.getList("table").size() + " rows for " + steps + " steps";
    }
    if (json.getList("tracker").size() != stages) {
      return "tracker has " + json.getList("tracker").size() + " stages for " + stages;
    }
    if (!"base".equals(json.getString("image.paths[0].origin"))) {
      return "image content does not start with its base";
    }
    for (int i = 0; i < steps; i++) {
      if (json.getList("steps[" + i + "].files.present") == null) {
        return "step " + i + " has no detailed files";
      }
    }
    return null;
  }
}
