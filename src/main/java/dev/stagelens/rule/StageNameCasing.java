package dev.stagelens.rule;

import dev.stagelens.instruction.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** BuildKit's StageNameCasing: a stage name with upper-case letters. */
final class StageNameCasing extends BuildKitCheck {
  StageNameCasing() {
    super(
        "StageNameCasing",
        false,
        "Stage names should be lowercase",
        "Write the stage name in lower case, and every reference to it");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (Stage stage : context.instructions().stages()) {
      stage
          .nameAsWritten()
          .filter(name -> !name.equals(name.toLowerCase(Locale.ROOT)))
          .ifPresent(
              name ->
                  out.add(
                      at(
                          stage.from(),
                          stage.index(),
                          "Stage name '" + name + "' should be lowercase")));
    }
    return out;
  }
}
