package dev.stagelens.rule;

import dev.stagelens.graph.GraphStage;
import dev.stagelens.instruction.AddInstruction;
import dev.stagelens.instruction.ArgDefinition;
import dev.stagelens.instruction.ArgInstruction;
import dev.stagelens.instruction.CopyInstruction;
import dev.stagelens.instruction.ExpansionException;
import dev.stagelens.instruction.ExpansionResult;
import dev.stagelens.instruction.Instruction;
import dev.stagelens.instruction.ShellLex;
import dev.stagelens.instruction.SourcesAndDest;
import dev.stagelens.instruction.StageEnv;
import dev.stagelens.instruction.Suggest;
import dev.stagelens.instruction.VariableLookup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * BuildKit's UndefinedVar: an instruction BuildKit expands, or an ARG default, uses a variable that
 * is neither set nor declared by an ARG of the stage. RUN, CMD and ENTRYPOINT are not expanded, so
 * never checked. BuildKit also counts the variables the base image's configuration sets; stagelens
 * reads no registry and counts those of the well-known images {@link ImageEnv} lists.
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
    for (GraphStage stage : Scan.graphStages(context, scope())) {
      Set<String> declared = new HashSet<>(ImageEnv.of(context.graph(), stage));
      for (Scan.Step step : Scan.steps(stage.stage())) {
        if (step.instruction() instanceof ArgInstruction arg) {
          for (ArgDefinition definition : arg.args()) {
            Set<String> unset = unsetInDefault(context, step, definition, declared);
            unset.removeAll(declared);
            unset.forEach(name -> out.add(finding(context, step, name)));
            declared.add(definition.key());
          }
          continue;
        }
        Set<String> unset = unset(context, step);
        unset.removeAll(declared);
        unset.forEach(name -> out.add(finding(context, step, name)));
      }
    }
    return out;
  }

  private Finding finding(RuleContext context, Scan.Step step, String name) {
    String text = "Usage of undefined variable '$" + name + "'";
    String match = Suggest.search(name, knownNames(context, step), true);
    return at(
        step.instruction(),
        step.stage().index(),
        didYouMean(text, match.isEmpty() ? "" : "$" + match));
  }

  /**
   * The variables an ARG's default uses but nothing sets. BuildKit expands a default only when no
   * build argument gives the value, so a value after the ARG that differs from the expanded default
   * means a build argument was given and nothing is reported.
   */
  private static Set<String> unsetInDefault(
      RuleContext context, Scan.Step step, ArgDefinition definition, Set<String> declared) {
    if (definition.defaultValue().isEmpty()) {
      return new LinkedHashSet<>();
    }
    StageEnv scopes = context.env().stages().get(step.stage().index());
    Map<String, String> before = scopes.envBefore().get(step.index());
    Map<String, String> after =
        step.index() + 1 < scopes.envBefore().size()
            ? scopes.envBefore().get(step.index() + 1)
            : scopes.envAfter();
    VariableLookup lookup =
        name ->
            Optional.ofNullable(
                declared.contains(name) && after.containsKey(name)
                    ? after.get(name)
                    : before.get(name));
    try {
      ExpansionResult result =
          new ShellLex(context.parsed().escapeToken())
              .processWordWithMatches(definition.defaultValue().get(), lookup);
      boolean givenAsBuildArg = !result.result().equals(after.get(definition.key()));
      return givenAsBuildArg ? new LinkedHashSet<>() : new LinkedHashSet<>(result.unmatched());
    } catch (ExpansionException e) {
      return new LinkedHashSet<>();
    }
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
