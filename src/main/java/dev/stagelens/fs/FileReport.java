package dev.stagelens.fs;

import dev.stagelens.parse.KeyedRuns;
import java.util.List;

/**
 * The files of every stage, step by step.
 *
 * @param steps one record per instruction, in file order
 * @param finalStates the files of each stage after its last step, by stage index
 */
public record FileReport(List<StepRecord> steps, List<FileState> finalStates) {

  public FileReport {
    steps = List.copyOf(steps);
    finalStates = List.copyOf(finalStates);
    KeyedRuns.requireAscending(steps, StepRecord::stage, "steps, stage by stage,");
  }

  /** The steps of stage {@code stage}, FROM first. */
  public List<StepRecord> stepsOf(int stage) {
    return KeyedRuns.withKey(steps, StepRecord::stage, stage);
  }
}
