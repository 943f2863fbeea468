package dev.stagelens.rule;

import dev.stagelens.instruction.FromInstruction;
import dev.stagelens.instruction.Stage;
import dev.stagelens.parse.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** BuildKit's FromAsCasing: {@code FROM x as y} or {@code from x AS y}. */
final class FromAsCasing extends BuildKitCheck {
  FromAsCasing() {
    super(
        "FromAsCasing",
        false,
        "The 'as' keyword should match the case of the 'from' keyword",
        "Write FROM and AS in the same case");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (Stage stage : context.instructions().stages()) {
      FromInstruction from = stage.from();
      List<Node> args = from.node().next();
      if (args.size() == 3) {
        String keyword = from.node().value();
        String as = args.get(1).value();
        boolean upper = keyword.equals(keyword.toUpperCase(Locale.ROOT));
        boolean lower = keyword.equals(keyword.toLowerCase(Locale.ROOT));
        if ((upper && !as.equals("AS")) || (lower && !as.equals("as"))) {
          out.add(
              at(
                  from,
                  stage.index(),
                  "'" + as + "' and '" + keyword + "' keywords' casing do not match"));
        }
      }
    }
    return out;
  }
}
