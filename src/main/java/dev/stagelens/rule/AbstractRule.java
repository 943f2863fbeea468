package dev.stagelens.rule;

import dev.stagelens.instruction.Instruction;
import dev.stagelens.parse.Node;
import java.util.List;
import java.util.Locale;

/** The parts every rule shares: its fixed description and how it makes a finding. */
abstract class AbstractRule implements Rule {

  private final String id;
  private final Severity severity;
  private final String description;
  private final String fix;
  private final boolean imageRule;
  private final List<String> hadolint;

  AbstractRule(
      String id,
      Severity severity,
      boolean imageRule,
      String description,
      String fix,
      String... hadolint) {
    this.id = id;
    this.hadolint = List.of(hadolint);
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

  @Override
  public Scope scope() {
    return imageRule ? Scope.IMAGE : Scope.BUILT_STAGES;
  }

  @Override
  public List<String> hadolint() {
    return hadolint;
  }

  /** The section of docs/rules.md that describes the rule. */
  @Override
  public String docs() {
    return "docs/rules.md#" + id.toLowerCase(Locale.ROOT);
  }

  /**
   * The instruction whose comments govern a finding at {@code at}: the instruction being checked,
   * which for most rules is the one the finding names.
   */
  Node commentedInstruction(Node at, List<Node> instructions) {
    return at;
  }

  /** {@code text} with BuildKit's {@code (did you mean X?)} when {@code match} is not empty. */
  static String didYouMean(String text, String match) {
    return match.isEmpty() ? text : text + " (did you mean " + match + "?)";
  }

  /** {@code bytes} for a message: whole megabytes, kilobytes under a megabyte. */
  static String megabytes(long bytes) {
    if (bytes >= 1_000_000L) {
      return "about " + Math.round(bytes / 1_000_000.0) + " MB";
    }
    return bytes >= 1_000L ? "about " + Math.round(bytes / 1_000.0) + " kB" : bytes + " bytes";
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
