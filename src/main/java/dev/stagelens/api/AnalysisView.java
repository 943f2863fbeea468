package dev.stagelens.api;

import java.util.List;

/**
 * The JSON answer of {@code POST /api/v1/analyses}, shaped by the {@code Analysis} schema of the
 * contract.
 */
public record AnalysisView(
    List<StageView> stages,
    List<EdgeView> edges,
    TargetView target,
    List<StepView> steps,
    SizesView sizes,
    List<FindingView> findings,
    List<WarningView> warnings,
    ImageContentView image,
    List<TableRowView> table,
    List<StageTrackView> tracker,
    ContextView context) {

  /** One build stage. */
  public record StageView(
      int index,
      String name,
      String base,
      String baseImage,
      Integer baseStage,
      String platform,
      boolean built,
      int startLine,
      int endLine,
      String nameAsWritten,
      ImageView image,
      boolean scratch,
      String platformAsWritten,
      String docComment,
      List<String> comments,
      List<OnbuildView> onbuild) {}

  /** A base image reference split into its parts, normalised as Docker does. */
  public record ImageView(
      String registry, String repository, String tag, String digest, String familiarName) {}

  /** An ONBUILD trigger of the base stage that runs first when this stage is built. */
  public record OnbuildView(int line, int endLine, String instruction) {}

  /** A dependency of stage {@code to} on a stage or an external image. */
  public record EdgeView(
      Integer from, int to, String kind, int line, String image, int endLine, boolean onbuild) {}

  /** The stage being built and what it needs. */
  public record TargetView(
      int stage,
      String name,
      List<Integer> buildOrder,
      List<Integer> skipped,
      List<List<Integer>> levels,
      List<Integer> criticalPath) {}

  /** One instruction and the state of its stage after it. */
  public record StepView(
      int stage,
      int line,
      int endLine,
      String keyword,
      String instruction,
      List<String> present,
      List<String> added,
      List<String> removed,
      List<String> hidden,
      SizeView size,
      StepFilesView files,
      List<String> missingSources) {}

  /** One step's paths in detail, trees folded to the requested depth. */
  public record StepFilesView(
      List<PathView> present,
      List<PathView> added,
      List<PathView> removed,
      List<PathView> hidden) {}

  /**
   * A path with what is known of it: {@code bytes} is null when unknown, {@code folded} counts the
   * deeper paths summed into it, {@code stage} and {@code line} say which step wrote it.
   */
  public record PathView(
      String path,
      String kind,
      String certainty,
      Long bytes,
      int folded,
      Integer stage,
      Integer line) {}

  /** The content of the image the target produces, each path with its origin. */
  public record ImageContentView(int stage, String baseImage, List<ImagePathView> paths) {}

  /**
   * One path of the image: {@code origin} is {@code base} for the base image's own content, {@code
   * step} for what a step of {@code stage} wrote at {@code line}.
   */
  public record ImagePathView(
      String path,
      String kind,
      String certainty,
      Long bytes,
      int folded,
      String origin,
      Integer stage,
      String stageName,
      Integer line,
      String instruction) {}

  /** One row of the per-step table: what the step does and what its stage holds after it. */
  public record TableRowView(
      int step,
      int stage,
      String stageName,
      int line,
      String keyword,
      String action,
      boolean layer,
      int filesPresent,
      long sizeImpact) {}

  /** What one stage holds at its start, after each step that writes a layer, and at its end. */
  public record StageTrackView(
      int stage,
      String name,
      List<PathView> start,
      List<TrackPointView> layers,
      List<PathView> end) {}

  /** A stage's paths after one layer step. */
  public record TrackPointView(int line, String keyword, List<PathView> present) {}

  /** The build context the analysis read, when one was given. */
  public record ContextView(int files, long bytes, List<String> excluded) {}

  /** A size estimate in bytes with its range and basis. */
  public record SizeView(long bytes, long low, long high, String basis) {}

  /** A size range in bytes. */
  public record RangeView(long bytes, long low, long high) {}

  /** One stage's estimated size. */
  public record StageSizeView(int index, long bytes, long low, long high) {}

  /**
   * Stage and image size estimates, with the compressed image, the multi-stage savings, the waste
   * and the budget check; {@code savings}, {@code maxImageBytes} and {@code withinBudget} are null
   * when they do not apply.
   */
  public record SizesView(
      List<StageSizeView> stages,
      RangeView image,
      CompressedView compressed,
      SavingsView savings,
      List<WasteView> waste,
      Long maxImageBytes,
      Boolean withinBudget) {}

  /** The image's estimated compressed size and the ratio model behind it. */
  public record CompressedView(long bytes, long low, long high, String basis) {}

  /** What the image would weigh as its largest builder stage, against what it weighs. */
  public record SavingsView(
      int builderStage, long builderBytes, long imageBytes, long savedBytes) {}

  /** Bytes the image ships without using them, with the step that holds them and its cause. */
  public record WasteView(int line, int causeLine, String path, String kind, long bytes) {}

  /**
   * One finding of a rule.
   *
   * @param description what the rule finds, which says why the finding matters
   * @param fix how to fix what it found
   */
  public record FindingView(
      String rule,
      String severity,
      int line,
      int endLine,
      String message,
      String description,
      String fix) {}

  /** A problem the parser tolerated. */
  public record WarningView(String rule, String message, int line, int endLine) {}
}
