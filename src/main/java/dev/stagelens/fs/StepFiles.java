package dev.stagelens.fs;

import java.util.ArrayList;
import java.util.List;

/**
 * What one step did to its stage's files.
 *
 * @param before the stage's files before the step
 * @param after the stage's files after the step
 * @param added paths present after the step that were not before, or were rewritten by it
 * @param removed paths present before the step that are gone after it
 * @param hidden removed paths, or emptied directories, whose bytes lower layers still ship
 */
public record StepFiles(
    FileState before,
    FileState after,
    List<TrackedPath> added,
    List<TrackedPath> removed,
    List<TrackedPath> hidden) {

  public StepFiles {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    hidden = List.copyOf(hidden);
  }

  /** Compares the states around step {@code step} to find what it added, removed and hid. */
  public static StepFiles between(FileState before, FileState after, int step) {
    if (before == after) {
      return new StepFiles(before, after, List.of(), List.of(), List.of());
    }
    List<TrackedPath> added = new ArrayList<>();
    for (TrackedPath entry : after.paths()) {
      if (entry.step() == step && !sameAs(before.get(entry.path()), entry)) {
        added.add(entry);
      }
    }
    List<TrackedPath> removed = new ArrayList<>();
    List<TrackedPath> hidden = new ArrayList<>();
    for (TrackedPath entry : before.paths()) {
      TrackedPath now = after.get(entry.path());
      if (now == null) {
        removed.add(entry);
        hidden.add(entry);
      } else if (now.step() == step
          && !now.kind().equals(entry.kind())
          && now.kind().equals("directory")) {
        hidden.add(entry);
      }
    }
    return new StepFiles(before, after, added, removed, hidden);
  }

  private static boolean sameAs(TrackedPath old, TrackedPath now) {
    return old != null && old.equals(now);
  }
}
