package dev.stagelens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns a JMH JSON result file of {@link PipelineBenchmark} into a Markdown table with the time per
 * file and the input read per second.
 */
public final class JmhReport {

  private JmhReport() {}

  /** Prints the table for the JSON file named by the first argument. */
  public static void main(String[] args) throws IOException {
    JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    System.out.println("| input | files | bytes | phase | ns/op ± error | µs/file | MB/s |");
    System.out.println("| --- | ---: | ---: | --- | ---: | ---: | ---: |");
    for (JsonNode result : results) {
      String input = result.path("params").path("input").asText();
      String benchmark = result.path("benchmark").asText();
      String phase = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      JsonNode metric = result.path("primaryMetric");
      System.out.println(row(input, phase, metric.path("score").asDouble(), metric));
    }
  }

  private static String row(String input, String phase, double nsPerOp, JsonNode metric) {
    List<Inputs.Dockerfile> files = Inputs.named(input);
    long bytes = Inputs.bytes(files);
    return String.format(
        "| %s | %d | %d | %s | %.0f ± %.0f | %.1f | %.1f |",
        input,
        files.size(),
        bytes,
        phase,
        nsPerOp,
        metric.path("scoreError").asDouble(),
        nsPerOp / files.size() / 1000,
        bytes / 1e6 / (nsPerOp / 1e9));
  }
}
