package dev.stagelens.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every real Dockerfile of the shared corpus, POSTed to the analysis endpoint. */
@QuarkusTest
class CorpusEndpointTest {

  private static final Path CORPUS = SharedFiles.ROOT.resolve("corpus/files");

  @Test
  void everyCorpusFile_answers200Or400WithALine() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(CORPUS)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertEquals(397, files.size(), "corpus size");
    int ok = 0;
    List<String> rejected = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (Path file : files) {
      Response response =
          given().contentType("text/plain").body(Files.readString(file)).post("/api/v1/analyses");
      int status = response.statusCode();
      String name = CORPUS.relativize(file).toString();
      if (status == 200) {
        ok++;
      } else if (status == 400 && response.jsonPath().get("line") != null) {
        rejected.add(name + " -> " + response.jsonPath().getString("detail"));
      } else {
        wrong.add(name + " -> " + status + " " + response.asString());
      }
    }
    System.out.printf(
        "corpus: %d files, %d answered 200, %d rejected with 400 and a line, %d other%n",
        files.size(), ok, rejected.size(), wrong.size());
    rejected.forEach(r -> System.out.println("  400: " + r));
    assertTrue(wrong.isEmpty(), "answers that are neither 200 nor a located 400: " + wrong);
  }
}
