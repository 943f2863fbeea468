package dev.stagelens.instruction;

/** Expands one word of an instruction, as BuildKit's {@code SingleWordExpander} does. */
@FunctionalInterface
public interface WordExpander {

  /** An expander that returns every word unchanged. */
  WordExpander IDENTITY = word -> word;

  /**
   * The expanded word.
   *
   * @throws ExpansionException when the word cannot be expanded
   */
  String expand(String word);

  /** An expander that runs {@code lex} against {@code env}. */
  static WordExpander of(ShellLex lex, VariableLookup env) {
    return word -> lex.processWord(word, env);
  }
}
