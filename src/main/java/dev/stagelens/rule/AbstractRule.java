package dev.stagelens.rule;

import dev.stagelens.instruction.Instruction;

/** The parts every rule shares: its fixed description and how it makes a finding. */
abstract class AbstractRule implements Rule {

  private final String id;
  private final Severity severity;
  private final String description;
  private final String fix;
  private final boolean imageRule;

  AbstractRule(String id, Severity severity, boolean imageRule, String description, String fix) {
    this.id = id;
    this.severity = severity;
    this.imageRule = imageRule;
    this.description = description;
    this.fix = fix;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String fix() {
    return fix;
  }

  @Override
  public boolean imageRule() {
    return imageRule;
  }

  /** A finding of this rule at {@code instruction}'s lines. */
  Finding at(Instruction instruction, int stage, String message) {
    return new Finding(
        id, severity, instruction.startLine(), instruction.endLine(), message, stage);
  }

  /** A finding of this rule at the given lines. */
  Finding at(int line, int endLine, int stage, String message) {
    return new Finding(id, severity, line, endLine, message, stage);
  }
}
