package dev.stagelens.graph;

import java.util.List;

/** The requested target names no stage. */
public class UnknownTargetException extends RuntimeException {
  private final String target;
  private final transient List<String> stageNames;
  private final String suggestion;

  public UnknownTargetException(String target, List<String> stageNames, String suggestion) {
    super(
        "target stage \""
            + target
            + "\" could not be found"
            + (suggestion.isEmpty() ? "" : " (did you mean " + suggestion + "?)"));
    this.target = target;
    this.stageNames = List.copyOf(stageNames);
    this.suggestion = suggestion;
  }

  /** The target as asked for. */
  public String target() {
    return target;
  }

  /** The names of the stages that exist, in file order. */
  public List<String> stageNames() {
    return stageNames;
  }

  /** The closest stage name, empty when none is close. */
  public String suggestion() {
    return suggestion;
  }
}
