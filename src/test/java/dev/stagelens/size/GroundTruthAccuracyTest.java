package dev.stagelens.size;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagelens.fs.StepRecord;
import dev.stagelens.instruction.BuildOptions;
import dev.stagelens.testing.FolderContext;
import dev.stagelens.testing.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the estimator over every measured build of the shared ground truth, with each case's folder
 * as the build context and the local base images the cases were built on, and checks that every
 * measured size lies in its range and the point estimates are close.
 */
class GroundTruthAccuracyTest {

  private static final Path ROOT = Path.of("..", "shared", "data", "groundtruth");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> NOT_CONTEXT = List.of("measured.json", "NOTES.md", "build.log");

  /** One comparison: what was measured and what was estimated. */
  private record Compared(String what, long truth, SizeEstimate estimate) {
    double ratio() {
      return truth == 0
          ? (estimate.bytes() == 0 ? 1 : Double.POSITIVE_INFINITY)
          : (double) estimate.bytes() / truth;
    }

    double error() {
      return truth == 0 && estimate.bytes() == 0 ? 0 : Math.abs(ratio() - 1);
    }

    boolean inRange() {
      return estimate.low() <= truth && truth <= estimate.high();
    }

    String line() {
      return String.format(
          "%-58s truth %,14d  estimate %,14d  ratio %7.3f  range %,d..%,d%s",
          what,
          truth,
          estimate.bytes(),
          ratio(),
          estimate.low(),
          estimate.high(),
          inRange() ? "" : "  OUT OF RANGE");
    }
  }

  @Test
  void everyMeasuredSize_liesInItsRange_andMedianErrorsAreSmall() throws IOException {
    SizeEstimator estimator = new SizeEstimator(localBases(), SizeDefaults.load());
    List<Compared> images = new ArrayList<>();
    List<Compared> layers = new ArrayList<>();
    for (Path dir : cases()) {
      compareCase(dir, estimator, images, layers);
    }
    images.forEach(c -> System.out.println("image " + c.line()));
    layers.forEach(c -> System.out.println("layer " + c.line()));
    double imageMedian = median(images);
    double layerMedian = median(layers);
    long inRange =
        Stream.concat(images.stream(), layers.stream()).filter(Compared::inRange).count();
    System.out.printf(
        "images %d, median error %.3f; layers %d, median error %.3f; in range %d of %d%n",
        images.size(),
        imageMedian,
        layers.size(),
        layerMedian,
        inRange,
        images.size() + layers.size());
    assertTrue(images.stream().allMatch(Compared::inRange), "every image size in range");
    assertTrue(layers.stream().allMatch(Compared::inRange), "every layer size in range");
    assertTrue(imageMedian <= 0.10, "median image error " + imageMedian);
    assertTrue(layerMedian <= 0.20, "median layer error " + layerMedian);
  }

  private static void compareCase(
      Path dir, SizeEstimator estimator, List<Compared> images, List<Compared> layers)
      throws IOException {
    JsonNode measured = JSON.readTree(dir.resolve("measured.json").toFile());
    String dockerfile = Files.readString(dir.resolve("Dockerfile"));
    Pipeline.Result run =
        Pipeline.run(dockerfile, BuildOptions.defaults(), FolderContext.of(dir, NOT_CONTEXT));
    SizeReport report = estimator.estimate(run.graph(), run.files());
    String name = dir.getFileName().toString();
    images.add(
        new Compared(
            name + " image", measured.at("/image_totals/files_bytes").asLong(), report.image()));
    addLayers(name, measured.get("layers"), run, report, layers);
    for (JsonNode stage : measured.path("other_stages")) {
      addLayers(name + " stage " + stage.get("index"), stage.get("layers"), run, report, layers);
    }
  }

  private static void addLayers(
      String name,
      JsonNode measuredLayers,
      Pipeline.Result run,
      SizeReport report,
      List<Compared> out) {
    for (JsonNode layer : measuredLayers) {
      if (!layer.path("origin").asText().equals("dockerfile")) {
        continue;
      }
      int line = layer.at("/dockerfile_lines/0").asInt();
      for (StepRecord step : run.files().steps()) {
        if (step.instruction().startLine() == line) {
          out.add(
              new Compared(
                  name + " line " + line,
                  layer.get("files_bytes").asLong(),
                  report.steps().get(step.index())));
        }
      }
    }
  }

  private static BaseImageCatalog localBases() throws IOException {
    JsonNode bases = JSON.readTree(ROOT.resolve("bases.json").toFile()).get("bases");
    BaseImageCatalog catalog = BaseImageCatalog.load();
    Iterator<Map.Entry<String, JsonNode>> it = bases.fields();
    while (it.hasNext()) {
      JsonNode base = it.next().getValue();
      long bytes = base.at("/totals/files_bytes").asLong();
      for (JsonNode written : base.get("as_written")) {
        catalog = catalog.withMeasured(written.asText(), bytes, "local base of the ground truth");
      }
    }
    return catalog;
  }

  private static List<Path> cases() throws IOException {
    if (!Files.isDirectory(ROOT)) {
      throw new IllegalStateException(ROOT.toAbsolutePath() + " is missing: check out ../shared");
    }
    try (Stream<Path> list = Files.list(ROOT)) {
      return list.filter(p -> Files.exists(p.resolve("measured.json"))).sorted().toList();
    }
  }

  private static double median(List<Compared> compared) {
    double[] errors = compared.stream().mapToDouble(Compared::error).sorted().toArray();
    int n = errors.length;
    return n % 2 == 1 ? errors[n / 2] : (errors[n / 2 - 1] + errors[n / 2]) / 2;
  }
}
