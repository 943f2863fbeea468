package dev.stagelens.graph.render;

/** What a box in the diagram stands for; each kind is drawn differently in every format. */
public enum NodeKind {
  /** A stage the target builds. */
  BUILT_STAGE,
  /** A stage the target does not need, which BuildKit skips. */
  SKIPPED_STAGE,
  /** An external image a stage copies or mounts from. */
  IMAGE
}
