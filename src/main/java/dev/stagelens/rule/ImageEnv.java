package dev.stagelens.rule;

import dev.stagelens.graph.GraphStage;
import dev.stagelens.graph.ImageReference;
import dev.stagelens.graph.StageGraph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The environment variables well-known base images set in their configuration, read once from
 * {@code knowledge/image-env.tsv}: adding an image is adding a row.
 */
final class ImageEnv {

  private static final String RESOURCE = "/knowledge/image-env.tsv";
  private static final Map<String, Set<String>> BY_IMAGE = load();

  private ImageEnv() {}

  /**
   * The variables the image at the root of {@code stage}'s chain of bases sets: the stage's own
   * base image, or that of the stage it is built FROM, and so on; empty for scratch and for images
   * the file does not list.
   */
  static Set<String> of(StageGraph graph, GraphStage stage) {
    GraphStage root = stage;
    while (root.baseStage() != null) {
      root = graph.stage(root.baseStage());
    }
    ImageReference image = root.baseImage();
    return image == null ? Set.of() : BY_IMAGE.getOrDefault(image.familiarName(), Set.of());
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> out = new HashMap<>();
    for (String[] row : KnowledgeTable.rows(RESOURCE)) {
      out.put(row[0], Set.copyOf(List.of(row[1].split(","))));
    }
    return Map.copyOf(out);
  }
}
