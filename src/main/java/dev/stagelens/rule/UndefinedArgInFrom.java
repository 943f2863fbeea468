package dev.stagelens.rule;

import dev.stagelens.instruction.ExpansionResult;
import dev.stagelens.instruction.Stage;
import dev.stagelens.instruction.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** BuildKit's UndefinedArgInFrom: FROM (or its --platform) uses an ARG never declared. */
final class UndefinedArgInFrom extends BuildKitCheck {

  UndefinedArgInFrom() {
    super(
        "UndefinedArgInFrom",
        false,
        "FROM command must use declared ARGs",
        "Declare the ARG before the first FROM, or fix the name");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    Set<String> declared = FromArgs.declared(context);
    List<Finding> out = new ArrayList<>();
    for (Stage stage : context.instructions().stages()) {
      List<String> words = new ArrayList<>(List.of(stage.baseName()));
      stage.platform().ifPresent(words::add);
      for (String word : words) {
        FromArgs.expand(context, word).map(ExpansionResult::unmatched).orElse(Set.of()).stream()
            .filter(name -> !declared.contains(name))
            .forEach(name -> out.add(at(stage.from(), stage.index(), message(name, declared))));
      }
    }
    return out;
  }

  private static String message(String name, Set<String> declared) {
    String match = Suggest.search(name, List.copyOf(declared), true);
    return didYouMean("FROM argument '" + name + "' is not declared", match);
  }
}
