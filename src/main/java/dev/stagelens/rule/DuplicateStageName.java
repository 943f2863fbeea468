package dev.stagelens.rule;

import dev.stagelens.instruction.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** BuildKit's DuplicateStageName: two stages with one name; references reach the last. */
final class DuplicateStageName extends BuildKitCheck {
  DuplicateStageName() {
    super(
        "DuplicateStageName",
        false,
        "Stage names should be unique",
        "Rename one of the stages; BuildKit binds later references to the last one");
  }

  /** BuildKit runs it over the whole file, before it reads any instruction's comments. */
  @Override
  boolean readsCheckComments() {
    return false;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Stage stage : context.instructions().stages()) {
      stage
          .name()
          .filter(name -> !seen.add(name))
          .ifPresent(
              name ->
                  out.add(
                      at(
                          stage.from(),
                          stage.index(),
                          "Duplicate stage name \"" + name + "\", stage names should be unique")));
    }
    return out;
  }
}
