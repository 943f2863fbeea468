package dev.stagelens.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The shell word splitter BuildKit runs over a line to find heredoc delimiters, reproduced for an
 * empty environment in which unset variables stay as written.
 *
 * <p>Quirks kept on purpose: a {@code $} expansion is re-split on spaces, {@code <<} takes the
 * blanks after it into the same word, and a nested {@code ${...}} clears the word being built
 * around it (BuildKit shares one word buffer between nesting levels).
 */
final class ShellLexer {

  private static final int EOF = -1;
  private static final int NOT_READ = -2;

  private final String source;
  private final boolean rawQuotes;
  private final char escapeToken;
  private final StringBuilder wordBuffer = new StringBuilder();
  private boolean rawEscapes;
  private int offset;
  private int peeked = NOT_READ;

  private ShellLexer(String source, char escapeToken, boolean rawQuotes, boolean rawEscapes) {
    this.source = source;
    this.escapeToken = escapeToken;
    this.rawQuotes = rawQuotes;
    this.rawEscapes = rawEscapes;
  }

  /**
   * Splits {@code source} into shell words.
   *
   * @param rawQuotes keep quote characters in the words
   * @param rawEscapes keep escape characters in the words
   * @throws ParseFault for an unterminated quote or a malformed {@code ${...}}
   */
  static List<String> words(String source, boolean rawQuotes, boolean rawEscapes) {
    return new ShellLexer(source, '\\', rawQuotes, rawEscapes).processUntil(EOF, rawEscapes).words;
  }

  private record Processed(String text, List<String> words) {}

  /** Collects words the way BuildKit does: spaces end a word unless the text was added raw. */
  private static final class Words {
    private final StringBuilder buffer;
    private final List<String> done = new ArrayList<>();
    private boolean inWord;

    Words(StringBuilder buffer) {
      this.buffer = buffer;
    }

    void addChar(int ch) {
      if (GoText.isSpace(ch)) {
        if (inWord && buffer.length() != 0) {
          done.add(buffer.toString());
          buffer.setLength(0);
          inWord = false;
        }
      } else {
        addRawChar(ch);
      }
    }

    void addRawChar(int ch) {
      buffer.appendCodePoint(ch);
      inWord = true;
    }

    void addString(String s) {
      s.codePoints().forEach(this::addChar);
    }

    void addRawString(String s) {
      buffer.append(s);
      inWord = true;
    }

    List<String> finish() {
      if (buffer.length() > 0) {
        done.add(buffer.toString());
        buffer.setLength(0);
        inWord = false;
      }
      return done;
    }
  }

  private int peek() {
    if (peeked == NOT_READ) {
      peeked = read();
      if (peeked == '\uFEFF') {
        peeked = read();
      }
    }
    return peeked;
  }

  private int next() {
    int ch = peek();
    if (ch != EOF) {
      peeked = read();
    }
    return ch;
  }

  private int read() {
    if (offset >= source.length()) {
      return EOF;
    }
    int cp = source.codePointAt(offset);
    offset += Character.charCount(cp);
    return cp;
  }

  private Processed processUntil(int stop, boolean escapesRaw) {
    boolean saved = rawEscapes;
    rawEscapes = escapesRaw;
    try {
      return processUntilWithEscapes(stop);
    } finally {
      rawEscapes = saved;
    }
  }

  private Processed processUntilWithEscapes(int stop) {
    StringBuilder result = new StringBuilder();
    wordBuffer.setLength(0);
    Words words = new Words(wordBuffer);
    while (peek() != EOF) {
      int ch = peek();
      if (stop != EOF && ch == stop) {
        next();
        return new Processed(result.toString(), words.finish());
      }
      if (isSpecial(ch)) {
        String expanded = processSpecial(ch);
        result.append(expanded);
        if (ch == '$') {
          words.addString(expanded);
        } else {
          words.addRawString(expanded);
        }
        continue;
      }
      ch = next();
      if (ch == escapeToken) {
        if (rawEscapes) {
          words.addRawChar(ch);
          result.appendCodePoint(ch);
        }
        ch = next();
        if (ch == EOF) {
          break;
        }
        words.addRawChar(ch);
      } else {
        words.addChar(ch);
      }
      result.appendCodePoint(ch);
    }
    if (stop != EOF) {
      throw ParseFault.lexing(
          "unexpected end of statement while looking for matching " + Character.toString(stop));
    }
    return new Processed(result.toString(), words.finish());
  }

  private static boolean isSpecial(int ch) {
    return ch == '$' || ch == '<' || ch == '\'' || ch == '"';
  }

  private String processSpecial(int ch) {
    return switch (ch) {
      case '$' -> processDollar();
      case '<' -> processPossibleHeredoc();
      case '\'' -> processSingleQuote();
      default -> processDoubleQuote();
    };
  }

  private String processSingleQuote() {
    StringBuilder result = new StringBuilder();
    int ch = next();
    if (rawQuotes) {
      result.appendCodePoint(ch);
    }
    while (true) {
      ch = next();
      if (ch == EOF) {
        throw ParseFault.lexing(
            "unexpected end of statement while looking for matching single-quote");
      }
      if (ch == '\'') {
        if (rawQuotes) {
          result.appendCodePoint(ch);
        }
        return result.toString();
      }
      result.appendCodePoint(ch);
    }
  }

  private String processDoubleQuote() {
    StringBuilder result = new StringBuilder();
    int ch = next();
    if (rawQuotes) {
      result.appendCodePoint(ch);
    }
    while (true) {
      int ahead = peek();
      if (ahead == EOF) {
        throw ParseFault.lexing(
            "unexpected end of statement while looking for matching double-quote");
      }
      if (ahead == '"') {
        next();
        if (rawQuotes) {
          result.append('"');
        }
        return result.toString();
      }
      if (ahead == '$') {
        result.append(processDollar());
        continue;
      }
      ch = next();
      if (ch == escapeToken) {
        if (rawEscapes) {
          result.appendCodePoint(ch);
        }
        int escaped = peek();
        if (escaped == EOF) {
          continue;
        }
        if (escaped == '"' || escaped == '$' || escaped == escapeToken) {
          ch = next();
        }
      }
      result.appendCodePoint(ch);
    }
  }

  private String processDollar() {
    next();
    if (peek() != '{') {
      String name = processName();
      return "$" + name;
    }
    next();
    int ahead = peek();
    if (ahead == EOF) {
      throw ParseFault.lexing("syntax error: missing '}'");
    }
    if (ahead == '{' || ahead == '}' || ahead == ':') {
      throw ParseFault.lexing("syntax error: bad substitution");
    }
    String name = processName();
    int ch = next();
    return switch (ch) {
      case '}' -> "${" + name + "}";
      case ':', '+', '-', '?', '#', '%' -> processModifier(name, ch);
      case '/' -> processReplacement(name);
      default -> throw unsupportedModifier(runeText(ch));
    };
  }

  /** {@code ${name:-word}} and its relatives; unset, so the text is kept as written. */
  private String processModifier(String name, int first) {
    String modifier = runeText(first);
    boolean nullIsUnset = first == ':';
    int ch = first;
    if (nullIsUnset) {
      ch = next();
      modifier += runeText(ch);
    }
    boolean escapesRaw = ch == '#' || ch == '%';
    if (nullIsUnset && escapesRaw) {
      throw unsupportedModifier(modifier);
    }
    String word = processUntilClosing('}', escapesRaw, "syntax error: missing '}'");
    return "${" + name + modifier + word + "}";
  }

  /** {@code ${name/pattern/replacement}}; unset, so only the second slash of {@code //} is lost. */
  private String processReplacement(String name) {
    if (peek() == '/') {
      next();
    }
    String pattern = processUntilClosing('/', true, "syntax error: missing '/' in ${}");
    String replacement = processUntilClosing('}', true, "syntax error: missing '}'");
    return "${" + name + "/" + pattern + "/" + replacement + "}";
  }

  private String processUntilClosing(int stop, boolean escapesRaw, String atEnd) {
    try {
      return processUntil(stop, escapesRaw).text;
    } catch (ParseFault fault) {
      if (peek() == EOF) {
        throw ParseFault.lexing(atEnd);
      }
      throw fault;
    }
  }

  private String processName() {
    StringBuilder name = new StringBuilder();
    while (peek() != EOF) {
      int ch = peek();
      if (name.length() == 0 && Character.isDigit(ch)) {
        while (peek() != EOF && Character.isDigit(peek())) {
          name.appendCodePoint(next());
        }
        return name.toString();
      }
      if (name.length() == 0 && isSpecialParameter(ch)) {
        return runeText(next());
      }
      if (!Character.isLetter(ch) && !Character.isDigit(ch) && ch != '_') {
        break;
      }
      name.appendCodePoint(next());
    }
    return name.toString();
  }

  private static boolean isSpecialParameter(int ch) {
    return switch (ch) {
      case '@', '*', '#', '?', '-', '$', '!', '0' -> true;
      default -> false;
    };
  }

  private String processPossibleHeredoc() {
    next();
    if (peek() != '<') {
      return "<";
    }
    next();
    StringBuilder result = new StringBuilder("<<");
    while (peek() == '\t' || peek() == '\r' || peek() == ' ') {
      result.appendCodePoint(next());
    }
    return result.toString();
  }

  private static ParseFault unsupportedModifier(String modifier) {
    return ParseFault.lexing("unsupported modifier (" + modifier + ") in substitution");
  }

  /** Go's {@code string(rune)}: the end of input, rune -1, becomes U+FFFD. */
  private static String runeText(int ch) {
    return ch == EOF ? "\uFFFD" : Character.toString(ch);
  }
}
