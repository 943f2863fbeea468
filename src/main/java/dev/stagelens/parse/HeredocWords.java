package dev.stagelens.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the heredocs an instruction line opens, as BuildKit's {@code heredocsFromLine} does.
 *
 * <p>The line is split into shell words keeping quotes and escapes; each word of the form {@code
 * [fd]<<[-][blanks]name} with no further {@code <} opens a heredoc. The name is the word after
 * shell unquoting, and the body is expanded only when no part of the name was quoted.
 */
final class HeredocWords {

  /**
   * A heredoc opener before its body is read.
   *
   * @param name the delimiter with quotes removed
   * @param expand false when any part of the delimiter was quoted
   * @param chomp true for {@code <<-}
   * @param fileDescriptor the number before {@code <<}, 0 when none
   */
  record Opener(String name, boolean expand, boolean chomp, int fileDescriptor) {}

  private HeredocWords() {}

  /**
   * The heredocs {@code line} opens, in order.
   *
   * @throws ParseFault when a delimiter word cannot be unquoted
   */
  static List<Opener> openers(String line) {
    List<String> words;
    try {
      words = ShellLexer.words(line, true, true);
    } catch (ParseFault unreadableLine) {
      return List.of();
    }
    List<Opener> openers = new ArrayList<>();
    for (String word : words) {
      Opener opener = opener(word);
      if (opener != null) {
        openers.add(opener);
      }
    }
    return openers;
  }

  /** Matches {@code ^(\d*)<<(-?)\s*([^<]*)$} and unquotes the name; null when no heredoc. */
  static Opener opener(String word) {
    int n = word.length();
    int i = 0;
    while (i < n && word.charAt(i) >= '0' && word.charAt(i) <= '9') {
      i++;
    }
    int digitsEnd = i;
    if (!word.startsWith("<<", i)) {
      return null;
    }
    i += 2;
    boolean chomp = i < n && word.charAt(i) == '-';
    if (chomp) {
      i++;
    }
    while (i < n && GoText.isRegexSpace(word.charAt(i))) {
      i++;
    }
    if (i == n || word.indexOf('<', i) >= 0) {
      return null;
    }
    return named(word.substring(i), chomp, fileDescriptor(word, digitsEnd));
  }

  private static Opener named(String rest, boolean chomp, int fileDescriptor) {
    List<String> words = unquoted(rest, false);
    if (words.size() != 1) {
      return null;
    }
    List<String> raw = unquoted(rest, true);
    if (raw.size() != words.size()) {
      throw ParseFault.inconsistentHeredoc(rest);
    }
    String name = words.get(0);
    boolean expand = quoteCount(name) == quoteCount(raw.get(0));
    return new Opener(name, expand, chomp, fileDescriptor);
  }

  private static List<String> unquoted(String rest, boolean rawQuotes) {
    try {
      return ShellLexer.words(rest, rawQuotes, false);
    } catch (ParseFault lexing) {
      throw ParseFault.heredocWord(rest, lexing);
    }
  }

  /** The leading number; BuildKit's unsigned value is capped at {@link Integer#MAX_VALUE} here. */
  private static int fileDescriptor(String word, int digitsEnd) {
    long value = 0;
    for (int i = 0; i < digitsEnd; i++) {
      value = Math.min(value * 10 + (word.charAt(i) - '0'), Integer.MAX_VALUE);
    }
    return (int) value;
  }

  private static int quoteCount(String s) {
    int count = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"') {
        count++;
      }
    }
    return count;
  }
}
