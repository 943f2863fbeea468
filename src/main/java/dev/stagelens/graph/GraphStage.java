package dev.stagelens.graph;

import dev.stagelens.instruction.Stage;

/**
 * One build stage placed in the graph.
 *
 * @param stage the stage as read from the Dockerfile
 * @param base the base as written after FROM
 * @param expandedBase the base after expanding global ARGs and build args
 * @param baseImage the normalised image reference, or null when the base is a stage or scratch
 * @param baseStage the index of the stage this one is built on, or null
 * @param platform the expanded {@code --platform}, or null when not given
 */
public record GraphStage(
    Stage stage,
    String base,
    String expandedBase,
    ImageReference baseImage,
    Integer baseStage,
    String platform) {

  /** The name Docker shows for an image of nothing. */
  public static final String SCRATCH = "scratch";

  /** The 0-based position among the FROM instructions. */
  public int index() {
    return stage.index();
  }

  /** The stage name in lower case, or null when unnamed. */
  public String name() {
    return stage.name().orElse(null);
  }

  /** The name BuildKit uses in messages: the stage name, or {@code stage-N}. */
  public String displayName() {
    return stage.name().orElse("stage-" + stage.index());
  }

  /** True when the stage starts from an empty filesystem. */
  public boolean isScratch() {
    return baseStage == null && expandedBase.equals(SCRATCH);
  }

  /** First line of the stage: its FROM. */
  public int startLine() {
    return stage.startLine();
  }

  /** Last line of the stage. */
  public int endLine() {
    return stage.endLine();
  }
}
