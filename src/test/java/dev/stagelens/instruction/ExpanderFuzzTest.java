package dev.stagelens.instruction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Map;

/**
 * The shell lexer on words Jazzer builds from the forms that matter to expansion: every word
 * expands within the length bound or fails with our typed fault. Without {@code JAZZER_FUZZ=1} it
 * replays its stored inputs.
 */
class ExpanderFuzzTest {

  private static final int MAX = 4096;
  private static final ShellLex LEX = new ShellLex('\\').withMaxLength(MAX).withMaxNesting(8);
  private static final VariableLookup ENV =
      VariableLookup.of(Map.of("A", "aa", "B", "x y", "C", "$A", "L", "z".repeat(1000)));
  private static final List<String> PIECES =
      List.of(
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
          "\n");

  @FuzzTest(maxDuration = "10s")
  void anyWord_expandsWithinTheBoundOrFailsWithATypedFault(FuzzedDataProvider data) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < 40 && data.remainingBytes() > 0; i++) {
      word.append(data.consumeBoolean() ? data.pickValue(PIECES) : data.consumeString(4));
    }
    try {
      String expanded = LEX.processWord(word.toString(), ENV);
      assertTrue(expanded.length() <= MAX, "length " + expanded.length());
      LEX.processWords(word.toString(), ENV).forEach(w -> assertTrue(w.length() <= MAX));
    } catch (ExpansionException e) {
      assertTrue(e.getMessage().startsWith("failed to process "), e.getMessage());
    }
  }
}
