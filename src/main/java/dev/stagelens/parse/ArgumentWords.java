package dev.stagelens.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits ENV, LABEL and ARG arguments into words the way BuildKit's {@code parseWords} does: on Go
 * spaces outside quotes, keeping the quotes and escape characters in the words.
 */
final class ArgumentWords {

  private static final int IN_SPACES = 0;
  private static final int IN_WORD = 1;
  private static final int IN_QUOTE = 2;

  private ArgumentWords() {}

  /** The words of {@code rest}; escapes and quotes stay in the text, only spaces are dropped. */
  static List<String> split(String rest, char escapeToken) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int n = rest.length();
    int phase = IN_SPACES;
    char quote = 0;
    boolean blankOk = false;
    for (int pos = 0; pos <= n; pos++) {
      char ch = pos < n ? rest.charAt(pos) : 0;
      if (phase == IN_SPACES) {
        if (pos == n) {
          break;
        }
        if (GoText.isSpace(ch)) {
          continue;
        }
        phase = IN_WORD;
      }
      if (pos == n) {
        if (blankOk || word.length() > 0) {
          words.add(word.toString());
        }
        break;
      }
      if (phase == IN_WORD) {
        if (GoText.isSpace(ch)) {
          if (blankOk || word.length() > 0) {
            words.add(word.toString());
          }
          word.setLength(0);
          blankOk = false;
          phase = IN_SPACES;
          continue;
        }
        if (ch == '\'' || ch == '"') {
          quote = ch;
          blankOk = true;
          phase = IN_QUOTE;
        }
        if (ch == escapeToken) {
          if (pos + 1 == n) {
            continue;
          }
          word.append(ch);
          ch = rest.charAt(++pos);
        }
        word.append(ch);
        continue;
      }
      if (ch == quote) {
        phase = IN_WORD;
      }
      if (ch == escapeToken && quote != '\'') {
        if (pos + 1 == n) {
          phase = IN_WORD;
          continue;
        }
        word.append(ch);
        ch = rest.charAt(++pos);
      }
      word.append(ch);
    }
    return words;
  }
}
