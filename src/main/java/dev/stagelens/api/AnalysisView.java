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
      int endLine) {}

  /** A dependency of stage {@code to} on a stage or an external image. */
  public record EdgeView(Integer from, int to, String kind, int line, String image) {}

  /** The stage being built and what it needs. */
  public record TargetView(
      int stage, String name, List<Integer> buildOrder, List<Integer> skipped) {}

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

  /** Stage and image size estimates. */
  public record SizesView(List<StageSizeView> stages, RangeView image) {}

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
