package dev.stagelens.rule;

import dev.stagelens.instruction.AddInstruction;
import dev.stagelens.instruction.ArgDefinition;
import dev.stagelens.instruction.ArgInstruction;
import dev.stagelens.instruction.CopyInstruction;
import dev.stagelens.instruction.ExpansionException;
import dev.stagelens.instruction.Instruction;
import dev.stagelens.instruction.SourcesAndDest;
import dev.stagelens.instruction.Stage;
import dev.stagelens.instruction.Suggest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * BuildKit's UndefinedVar: an instruction BuildKit expands uses a variable that is neither set nor
 * declared by an ARG of the stage. RUN, CMD and ENTRYPOINT are not expanded, so never checked.
 */
final class UndefinedVar extends BuildKitCheck {

  UndefinedVar() {
    super(
        "UndefinedVar",
        true,
        "Variables should be defined before their use",
        "Declare the variable with ARG or ENV before this instruction, or fix its name");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (Stage stage : Scan.stages(context, scope())) {
      Set<String> declared = new HashSet<>();
      for (Scan.Step step : Scan.steps(stage)) {
        if (step.instruction() instanceof ArgInstruction arg) {
          arg.args().stream().map(ArgDefinition::key).forEach(declared::add);
          continue;
        }
        Set<String> unset = unset(context, step);
        unset.removeAll(declared);
        List<String> known = knownNames(context, step);
        for (String name : unset) {
          String text = "Usage of undefined variable '$" + name + "'";
          String match = Suggest.search(name, known, true);
          out.add(
              at(
                  step.instruction(),
                  stage.index(),
                  didYouMean(text, match.isEmpty() ? "" : "$" + match)));
        }
      }
    }
    return out;
  }

  private static List<String> knownNames(RuleContext context, Scan.Step step) {
    return List.copyOf(
        context.env().stages().get(step.stage().index()).envBefore().get(step.index()).keySet());
  }

  private static Set<String> unset(RuleContext context, Scan.Step step) {
    Expansions words = Expansions.words(context, step);
    Expansions.expandWith(words, step.instruction());
    Set<String> unset = new LinkedHashSet<>(words.unmatched());
    SourcesAndDest files = files(step.instruction());
    if (files != null) {
      Expansions raw = Expansions.heredocs(context, step);
      try {
        files.expandContents(raw);
      } catch (ExpansionException e) {
        return unset;
      }
      unset.addAll(raw.unmatched());
    }
    return unset;
  }

  private static SourcesAndDest files(Instruction instruction) {
    if (instruction instanceof CopyInstruction copy) {
      return copy.files();
    }
    if (instruction instanceof AddInstruction add) {
      return add.files();
    }
    return null;
  }
}
