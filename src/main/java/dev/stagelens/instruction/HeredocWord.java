package dev.stagelens.instruction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word that opens a heredoc, such as {@code <<EOF} or {@code <<-'EOF'}, read the way BuildKit's
 * {@code ParseHeredoc} reads it.
 *
 * @param name the delimiter with quotes removed
 * @param expand false when any part of the delimiter was quoted
 * @param chomp true for {@code <<-}
 */
record HeredocWord(String name, boolean expand, boolean chomp) {
  private static final Pattern HEREDOC =
      Pattern.compile("^([0-9]*)<<(-?)[\\t\\n\\f\\r ]*([^<]*)\\z");
  private static final Pattern LEADING_TABS = Pattern.compile("(?m)^\\t+");
  private static final ShellLex LEX = new ShellLex('\\').withSkipUnsetEnv(true);

  /** The heredoc the word opens, or empty when it opens none. */
  static Optional<HeredocWord> parse(String word) {
    Matcher m = HEREDOC.matcher(word);
    if (!m.matches() || m.group(3).isEmpty()) {
      return Optional.empty();
    }
    try {
      List<String> words = LEX.processWords(m.group(3), VariableLookup.EMPTY);
      List<String> raw = LEX.withRawQuotes(true).processWords(m.group(3), VariableLookup.EMPTY);
      if (words.size() != 1 || raw.size() != 1) {
        return Optional.empty();
      }
      boolean expand = quotes(words.get(0)) == quotes(raw.get(0));
      return Optional.of(new HeredocWord(words.get(0), expand, m.group(2).equals("-")));
    } catch (ExpansionException e) {
      return Optional.empty();
    }
  }

  private static long quotes(String text) {
    return text.chars().filter(c -> c == '\'' || c == '"').count();
  }

  /** BuildKit's {@code ChompHeredocContent}: leading tabs removed from every line. */
  static String chomp(String content) {
    return LEADING_TABS.matcher(content).replaceAll("");
  }
}
