package dev.stagelens.size;

import java.util.List;

/**
 * Size estimates for a whole Dockerfile.
 *
 * @param steps one estimate per instruction, in file order: what its layer adds (for FROM, the base
 *     it starts from)
 * @param stages one estimate per stage: its base plus its layers
 * @param image the estimate for the target's final image
 */
public record SizeReport(List<SizeEstimate> steps, List<SizeEstimate> stages, SizeEstimate image) {

  public SizeReport {
    steps = List.copyOf(steps);
    stages = List.copyOf(stages);
  }
}
