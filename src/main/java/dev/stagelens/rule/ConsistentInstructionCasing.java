package dev.stagelens.rule;

import dev.stagelens.instruction.Instruction;
import dev.stagelens.instruction.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** BuildKit's ConsistentInstructionCasing: a keyword cased unlike the file's majority. */
final class ConsistentInstructionCasing extends BuildKitCheck {

  ConsistentInstructionCasing() {
    super(
        "ConsistentInstructionCasing",
        false,
        "All commands within the Dockerfile should use the same casing (either upper or lower)",
        "Write every instruction keyword in the case most of the file uses");
  }

  /** BuildKit runs it over the whole file, before it reads any instruction's comments. */
  @Override
  boolean readsCheckComments() {
    return false;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Instruction> all = new ArrayList<>();
    for (Stage stage : context.instructions().stages()) {
      all.add(stage.from());
      all.addAll(stage.commands());
    }
    boolean majorityLower = majorityLower(all);
    String expected = majorityLower ? "lowercase" : "uppercase";
    List<Finding> out = new ArrayList<>();
    for (Instruction instruction : all) {
      String name = instruction.node().value();
      String wanted = majorityLower ? lower(name) : name.toUpperCase(Locale.ROOT);
      if (!name.equals(wanted)) {
        out.add(at(instruction, -1, message(name, expected)));
      }
    }
    return out;
  }

  private static String message(String name, String expected) {
    return "Command '"
        + name
        + "' should match the case of the command majority ("
        + expected
        + ")";
  }

  /** BuildKit counts only keywords that are all lower or all upper case; a tie means upper. */
  private static boolean majorityLower(List<Instruction> all) {
    int lowerCount = 0;
    int upperCount = 0;
    for (Instruction instruction : all) {
      String name = instruction.node().value();
      if (name.equals(lower(name))) {
        lowerCount++;
      } else if (name.equals(name.toUpperCase(Locale.ROOT))) {
        upperCount++;
      }
    }
    return lowerCount > upperCount;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
