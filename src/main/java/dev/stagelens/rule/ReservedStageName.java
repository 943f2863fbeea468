package dev.stagelens.rule;

import dev.stagelens.instruction.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** BuildKit's ReservedStageName: a stage named {@code scratch} or {@code context}. */
final class ReservedStageName extends BuildKitCheck {
  private static final Set<String> RESERVED = Set.of("context", "scratch");

  ReservedStageName() {
    super(
        "ReservedStageName",
        false,
        "Reserved words should not be used as stage names",
        "Choose another stage name");
  }

  /** BuildKit runs it over the whole file, before it reads any instruction's comments. */
  @Override
  boolean readsCheckComments() {
    return false;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (Stage stage : context.instructions().stages()) {
      stage
          .name()
          .filter(RESERVED::contains)
          .ifPresent(
              name ->
                  out.add(
                      at(
                          stage.from(),
                          stage.index(),
                          "Stage name should not use the same name as reserved stage \""
                              + name
                              + "\"")));
    }
    return out;
  }
}
