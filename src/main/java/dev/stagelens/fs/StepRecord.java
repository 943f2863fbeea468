package dev.stagelens.fs;

import dev.stagelens.instruction.Instruction;
import java.util.List;

/**
 * One instruction of the Dockerfile and what it did to its stage's files.
 *
 * @param index the position of the instruction in the file, 0-based, FROM lines included
 * @param stage the index of the stage the instruction belongs to
 * @param instruction the instruction
 * @param files the stage's files before and after, with what was added, removed and hidden
 * @param changes the path changes the step made, in order, before layering is applied
 * @param workdir the working directory after the step
 * @param user the user after the step
 * @param layer true when BuildKit writes a filesystem layer for the step
 * @param missingSources COPY or ADD sources the known build context does not hold (BuildKit fails
 *     the step on them); empty when the context is unknown
 */
public record StepRecord(
    int index,
    int stage,
    Instruction instruction,
    StepFiles files,
    List<PathChange> changes,
    String workdir,
    String user,
    boolean layer,
    List<String> missingSources) {

  public StepRecord {
    changes = List.copyOf(changes);
    missingSources = List.copyOf(missingSources);
  }
}
