package dev.stagelens.rule;

import dev.stagelens.instruction.AddInstruction;
import dev.stagelens.instruction.CopyInstruction;
import dev.stagelens.instruction.EnvInstruction;
import dev.stagelens.instruction.ExpansionException;
import dev.stagelens.instruction.ExpansionResult;
import dev.stagelens.instruction.ExposeInstruction;
import dev.stagelens.instruction.Instruction;
import dev.stagelens.instruction.LabelInstruction;
import dev.stagelens.instruction.ShellLex;
import dev.stagelens.instruction.StopSignalInstruction;
import dev.stagelens.instruction.UserInstruction;
import dev.stagelens.instruction.VariableLookup;
import dev.stagelens.instruction.VolumeInstruction;
import dev.stagelens.instruction.WordExpander;
import dev.stagelens.instruction.WorkdirInstruction;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Expands an instruction's words with the variables its stage has set before it, as BuildKit's
 * dispatcher does, and records the names it finds unset.
 */
final class Expansions implements WordExpander {

  private final ShellLex lex;
  private final VariableLookup env;
  private final Set<String> unmatched = new LinkedHashSet<>();

  private Expansions(ShellLex lex, VariableLookup env) {
    this.lex = lex;
    this.env = env;
  }

  /** An expander for the words of {@code step}, with the Dockerfile's escape token. */
  static Expansions words(RuleContext context, Scan.Step step) {
    return new Expansions(new ShellLex(context.parsed().escapeToken()), lookup(context, step));
  }

  /** An expander for heredoc bodies of COPY and ADD, as BuildKit's {@code ExpandRaw}. */
  static Expansions heredocs(RuleContext context, Scan.Step step) {
    ShellLex lex = new ShellLex('\\').withSkipProcessQuotes(true);
    return new Expansions(lex, lookup(context, step));
  }

  private static VariableLookup lookup(RuleContext context, Scan.Step step) {
    return context.env().stages().get(step.stage().index()).lookupBefore(step.index());
  }

  @Override
  public String expand(String word) {
    ExpansionResult result = lex.processWordWithMatches(word, env);
    unmatched.addAll(result.unmatched());
    return result.result();
  }

  /**
   * {@code word} as {@code step} would see it, when every variable it names is set; empty when one
   * is unset or the word does not expand.
   */
  static Optional<String> known(RuleContext context, Scan.Step step, String word) {
    Expansions expander = words(context, step);
    try {
      String value = expander.expand(word);
      return expander.unmatched().isEmpty() ? Optional.of(value) : Optional.empty();
    } catch (ExpansionException e) {
      return Optional.empty();
    }
  }

  /** The variables found unset so far, in first-use order. */
  Set<String> unmatched() {
    return unmatched;
  }

  /**
   * {@code step}'s instruction with its words expanded; the instruction as written when it has no
   * words to expand or they do not expand.
   */
  static Instruction expanded(RuleContext context, Scan.Step step) {
    return expandWith(words(context, step), step.instruction());
  }

  /** {@code instruction} expanded by {@code expander}, as written when expansion fails. */
  static Instruction expandWith(Expansions expander, Instruction instruction) {
    try {
      return expandOrKeep(expander, instruction);
    } catch (ExpansionException e) {
      return instruction;
    }
  }

  private static Instruction expandOrKeep(Expansions expander, Instruction instruction) {
    if (instruction instanceof CopyInstruction copy) {
      return copy.expand(expander);
    } else if (instruction instanceof AddInstruction add) {
      return add.expand(expander);
    } else if (instruction instanceof EnvInstruction env) {
      return env.expand(expander);
    } else if (instruction instanceof LabelInstruction label) {
      return label.expand(expander);
    } else if (instruction instanceof WorkdirInstruction workdir) {
      return workdir.expand(expander);
    } else if (instruction instanceof UserInstruction user) {
      return user.expand(expander);
    } else if (instruction instanceof VolumeInstruction volume) {
      return volume.expand(expander);
    } else if (instruction instanceof StopSignalInstruction stop) {
      return stop.expand(expander);
    } else if (instruction instanceof ExposeInstruction expose) {
      return new ExposeInstruction(
          expose.node(), expose.ports().stream().map(expander::expand).toList());
    }
    return instruction;
  }
}
