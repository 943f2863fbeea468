package dev.stagelens.rule;

import dev.stagelens.instruction.ArgDefinition;
import dev.stagelens.instruction.ArgInstruction;
import dev.stagelens.instruction.ExpansionException;
import dev.stagelens.instruction.ExpansionResult;
import dev.stagelens.instruction.ShellLex;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Expands the words of FROM lines against the global ARGs, as BuildKit does before dispatch. */
final class FromArgs {

  private FromArgs() {}

  /** The expansion of {@code word} against the global ARGs, empty when it does not expand. */
  static Optional<ExpansionResult> expand(RuleContext context, String word) {
    ShellLex lex = new ShellLex(context.parsed().escapeToken());
    try {
      return Optional.of(lex.processWordWithMatches(word, context.env().globalLookup()));
    } catch (ExpansionException e) {
      return Optional.empty();
    }
  }

  /** The names FROM may use: the global ARGs with values and every ARG declared before FROM. */
  static Set<String> declared(RuleContext context) {
    Set<String> keys = new LinkedHashSet<>();
    for (ArgInstruction meta : context.instructions().metaArgs()) {
      meta.args().stream().map(ArgDefinition::key).forEach(keys::add);
    }
    keys.addAll(context.env().globalArgs().keySet());
    return keys;
  }
}
