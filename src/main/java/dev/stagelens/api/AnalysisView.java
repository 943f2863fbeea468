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
    List<WarningView> warnings) {

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
      SizeView size) {}

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

  /** One finding of a rule. */
  public record FindingView(String rule, String severity, int line, int endLine, String message) {}

  /** A problem the parser tolerated. */
  public record WarningView(String rule, String message, int line, int endLine) {}
}
