package dev.stagelens.instruction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the shell lexer on arbitrary words. */
class ExpanderProperties {

  private static final int MAX = 4096;
  private static final ShellLex LEX = new ShellLex('\\').withMaxLength(MAX).withMaxNesting(8);
  private static final VariableLookup ENV =
      VariableLookup.of(Map.of("A", "aa", "B", "x y", "C", "$A", "L", "z".repeat(1000)));

  @Property(tries = 3000)
  void anyWord_expandsWithinTheBoundOrFailsWithATypedFault(@ForAll("words") String word) {
    try {
      String expanded = LEX.processWord(word, ENV);
      assertTrue(expanded.length() <= MAX, "length " + expanded.length());
      LEX.processWords(word, ENV).forEach(w -> assertTrue(w.length() <= MAX));
    } catch (ExpansionException e) {
      assertTrue(e.getMessage().startsWith("failed to process "), e.getMessage());
    }
  }

  @Provide
  Arbitrary<String> words() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.of(
                "$",
                "${",
                "}",
                "$A",
                "${A}",
                "${L}${L}${L}${L}${L}",
                "${A:-",
                "${A:+",
                "${A:?",
                "${A#",
                "${A%%",
                "${A/",
                "//",
                "*",
                "?",
                "\\",
                "'",
                "\"",
                "${B// /$L$L}",
                ":",
                "-",
                "+",
                "C",
                " ",
                "\n"),
            Arbitraries.strings().ofMaxLength(4));
    return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
  }
}
