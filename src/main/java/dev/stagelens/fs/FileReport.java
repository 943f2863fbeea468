package dev.stagelens.fs;

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
  }

  /** The steps of stage {@code stage}, FROM first. */
  public List<StepRecord> stepsOf(int stage) {
    return steps.stream().filter(s -> s.stage() == stage).toList();
  }
}
