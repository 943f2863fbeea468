package dev.stagelens.rule;

import dev.stagelens.instruction.EnvInstruction;
import dev.stagelens.instruction.KeyValue;
import dev.stagelens.instruction.LabelInstruction;
import java.util.ArrayList;
import java.util.List;

/** BuildKit's LegacyKeyValueFormat: {@code ENV key value} or {@code LABEL key value}. */
final class LegacyKeyValueFormat extends BuildKitCheck {

  LegacyKeyValueFormat() {
    super(
        "LegacyKeyValueFormat",
        true,
        "Legacy key/value format with whitespace separator should not be used",
        "Write key=value, quoting the value when it holds spaces");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (Scan.Step step : Scan.steps(context, scope())) {
      for (KeyValue pair : pairs(step)) {
        if (pair.noDelim()) {
          String name = step.instruction().node().value();
          out.add(
              at(
                  step.instruction(),
                  step.stage().index(),
                  "\""
                      + name
                      + " key=value\" should be used instead of legacy \""
                      + name
                      + " key value\" format"));
        }
      }
    }
    return out;
  }

  private static List<KeyValue> pairs(Scan.Step step) {
    if (step.instruction() instanceof EnvInstruction env) {
      return env.env();
    }
    if (step.instruction() instanceof LabelInstruction label) {
      return label.labels();
    }
    return List.of();
  }
}
