package dev.stagelens.instruction;

import dev.stagelens.parse.GoText;
import dev.stagelens.parse.Limit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One run of the shell lexer over one word, following BuildKit's {@code shellWord}. */
final class ShellWord {
  private static final int EOF = -1;

  private final ShellLex.Options options;
  private final String source;
  private final int[] text;
  private final VariableLookup env;
  private final Set<String> matched = new LinkedHashSet<>();
  private final Set<String> unmatched = new LinkedHashSet<>();

  /** Shared by every nesting level, as in BuildKit, which is why nested forms reset it. */
  private final StringBuilder wordsBuffer = new StringBuilder();

  private int pos;
  private boolean rawEscapes;
  private int nesting;

  ShellWord(ShellLex.Options options, String source, VariableLookup env) {
    this.options = options;
    this.source = source;
    this.env = env;
    int[] points = codePoints(source);
    this.pos = points.length > 0 && points[0] == 0xFEFF ? 1 : 0;
    this.text = points;
    this.rawEscapes = options.rawEscapes();
  }

  /** The code points of {@code source}, read in one loop rather than through a stream. */
  private static int[] codePoints(String source) {
    int[] points = new int[source.length()];
    int count = 0;
    for (int i = 0; i < source.length(); count++) {
      int point = source.codePointAt(i);
      points[count] = point;
      i += Character.charCount(point);
    }
    return count == points.length ? points : Arrays.copyOf(points, count);
  }

  ExpansionResult process() {
    try {
      Piece piece = processStopOn(EOF, options.rawEscapes());
      return new ExpansionResult(piece.text(), piece.words(), matched, unmatched);
    } catch (ExpansionException e) {
      throw new ExpansionException(source, e);
    }
  }

  private record Piece(String text, List<String> words) {}

  private int peek() {
    return pos < text.length ? text[pos] : EOF;
  }

  private int next() {
    return pos < text.length ? text[pos++] : EOF;
  }

  private Piece processStopOn(int stop, boolean raw) {
    StringBuilder result = new StringBuilder();
    wordsBuffer.setLength(0);
    Words words = new Words(wordsBuffer);
    boolean saved = rawEscapes;
    rawEscapes = raw;
    try {
      while (peek() != EOF) {
        int ch = peek();
        if (stop != EOF && ch == stop) {
          next();
          return new Piece(result.toString(), words.finish());
        }
        if (!processSpecial(ch, result, words)) {
          processPlain(result, words);
        }
      }
      if (stop != EOF) {
        throw new ExpansionException(
            "unexpected end of statement while looking for matching " + Character.toString(stop));
      }
      return new Piece(result.toString(), words.finish());
    } finally {
      rawEscapes = saved;
    }
  }

  private boolean processSpecial(int ch, StringBuilder result, Words words) {
    String piece;
    if (ch == '$') {
      piece = processDollar();
      append(result, piece);
      words.addString(piece);
      return true;
    }
    if (ch == '<') {
      piece = processPossibleHeredoc();
    } else if (ch == '\'' && !options.skipProcessQuotes()) {
      piece = processSingleQuote();
    } else if (ch == '"' && !options.skipProcessQuotes()) {
      piece = processDoubleQuote();
    } else {
      return false;
    }
    append(result, piece);
    words.addRawString(piece);
    return true;
  }

  private void processPlain(StringBuilder result, Words words) {
    int ch = next();
    if (ch == options.escapeToken()) {
      if (rawEscapes) {
        words.addRawChar(ch);
        appendChar(result, ch);
      }
      ch = next();
      if (ch == EOF) {
        return;
      }
      words.addRawChar(ch);
    } else {
      words.addChar(ch);
    }
    appendChar(result, ch);
  }

  private String processSingleQuote() {
    StringBuilder result = new StringBuilder();
    int ch = next();
    if (options.rawQuotes()) {
      appendChar(result, ch);
    }
    while (true) {
      ch = next();
      if (ch == EOF) {
        throw new ExpansionException(
            "unexpected end of statement while looking for matching single-quote");
      }
      if (ch == '\'') {
        if (options.rawQuotes()) {
          appendChar(result, ch);
        }
        return result.toString();
      }
      appendChar(result, ch);
    }
  }

  private String processDoubleQuote() {
    StringBuilder result = new StringBuilder();
    int ch = next();
    if (options.rawQuotes()) {
      appendChar(result, ch);
    }
    while (true) {
      int peeked = peek();
      if (peeked == EOF) {
        throw new ExpansionException(
            "unexpected end of statement while looking for matching double-quote");
      }
      if (peeked == '"') {
        ch = next();
        if (options.rawQuotes()) {
          appendChar(result, ch);
        }
        return result.toString();
      }
      if (peeked == '$') {
        append(result, processDollar());
      } else {
        processQuotedChar(result);
      }
    }
  }

  /** Inside double quotes the escape token escapes only {@code "}, {@code $} and itself. */
  private void processQuotedChar(StringBuilder result) {
    int ch = next();
    if (ch == options.escapeToken()) {
      if (rawEscapes) {
        appendChar(result, ch);
      }
      int peeked = peek();
      if (peeked == EOF) {
        return;
      }
      if (peeked == '"' || peeked == '$' || peeked == options.escapeToken()) {
        ch = next();
      }
    }
    appendChar(result, ch);
  }

  private String processDollar() {
    next();
    if (peek() != '{') {
      return simpleReference();
    }
    next();
    int first = peek();
    if (first == EOF) {
      throw new ExpansionException("syntax error: missing '}'");
    }
    if (first == '{' || first == '}' || first == ':') {
      throw new ExpansionException("syntax error: bad substitution");
    }
    String name = processName();
    int ch = next();
    if (ch == '}') {
      Optional<String> value = getEnv(name);
      if (value.isEmpty() && options.skipUnsetEnv()) {
        return "${" + name + "}";
      }
      return value.orElse("");
    }
    if (ch == '/') {
      return substitute(name);
    }
    if (ch == ':' || ch == '+' || ch == '-' || ch == '?' || ch == '#' || ch == '%') {
      return modifier(name, ch);
    }
    throw unsupported(runeString(ch));
  }

  private String simpleReference() {
    String name = processName();
    if (name.isEmpty()) {
      return "$";
    }
    Optional<String> value = getEnv(name);
    if (value.isEmpty() && options.skipUnsetEnv()) {
      return "$" + name;
    }
    return value.orElse("");
  }

  private static ExpansionException unsupported(String modifier) {
    return new ExpansionException("unsupported modifier (" + modifier + ") in substitution");
  }

  private static String runeString(int ch) {
    return ch == EOF ? "\uFFFD" : Character.toString(ch);
  }

  private String modifier(String name, int first) {
    int ch = first;
    String chs = runeString(ch);
    boolean nullIsUnset = ch == ':';
    if (nullIsUnset) {
      ch = next();
      chs += runeString(ch);
    }
    boolean patternOperand = ch == '#' || ch == '%';
    if (nullIsUnset && patternOperand) {
      throw unsupported(chs);
    }
    String word = nested('}', patternOperand, "syntax error: missing '}'");

    Optional<String> value = getEnv(name);
    if (value.isEmpty() && options.skipUnsetEnv()) {
      return "${" + name + chs + word + "}";
    }
    boolean empty = value.isEmpty() || (nullIsUnset && value.get().isEmpty());
    return switch (ch) {
      case '-' -> empty ? word : value.get();
      case '+' -> empty ? "" : word;
      case '?' -> required(name, value, nullIsUnset, word);
      case '%', '#' -> trim(value.orElse(""), word, ch);
      default -> throw unsupported(chs);
    };
  }

  private static String required(
      String name, Optional<String> value, boolean nullIsUnset, String word) {
    if (value.isEmpty()) {
      String message = word.isEmpty() ? "is not allowed to be unset" : word;
      throw new ExpansionException(name + ": " + message);
    }
    if (nullIsUnset && value.get().isEmpty()) {
      String message = word.isEmpty() ? "is not allowed to be empty" : word;
      throw new ExpansionException(name + ": " + message);
    }
    return value.get();
  }

  private String trim(String value, String word, int ch) {
    boolean greedy = !word.isEmpty() && word.codePointAt(0) == ch;
    String pattern = greedy ? word.substring(1) : word;
    String trimmed =
        ch == '%'
            ? ShellPattern.trimSuffix(pattern, value, greedy)
            : ShellPattern.trimPrefix(pattern, value, greedy);
    return checked(trimmed);
  }

  private String substitute(String name) {
    boolean replaceAll = peek() == '/';
    if (replaceAll) {
      next();
    }
    String pattern = nested('/', true, "syntax error: missing '/' in ${}");
    String replacement = nested('}', true, "syntax error: missing '}'");

    Optional<String> value = getEnv(name);
    if (value.isEmpty() && options.skipUnsetEnv()) {
      return "${" + name + "/" + pattern + "/" + replacement + "}";
    }
    return ShellPattern.replace(
        value.orElse(""), pattern, replacement, replaceAll, options.maxLength());
  }

  /** Reads a nested operand up to {@code stop}, naming a missing stop as BuildKit does. */
  private String nested(int stop, boolean raw, String missingStop) {
    nesting++;
    try {
      if (nesting > options.maxNesting()) {
        throw ExpansionException.limit(
            "variable substitutions are nested deeper than "
                + options.maxNesting()
                + " levels; flatten the ${...} expressions",
            Limit.EXPANSION_NESTING,
            options.maxNesting());
      }
      return processStopOn(stop, raw).text();
    } catch (ExpansionException e) {
      if (!e.isLimit() && peek() == EOF) {
        throw new ExpansionException(missingStop);
      }
      throw e;
    } finally {
      nesting--;
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
        return Character.toString(next());
      }
      if (!Character.isLetter(ch) && !Character.isDigit(ch) && ch != '_') {
        break;
      }
      name.appendCodePoint(next());
    }
    return name.toString();
  }

  private static boolean isSpecialParameter(int ch) {
    return "@*#?-$!0".indexOf(ch) >= 0;
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

  private Optional<String> getEnv(String name) {
    Optional<String> value = env.lookup(name);
    if (value.isPresent()) {
      matched.add(name);
    } else {
      unmatched.add(name);
    }
    return value;
  }

  private void append(StringBuilder target, String piece) {
    if ((long) target.length() + piece.length() > options.maxLength()) {
      throw tooLong(options.maxLength());
    }
    target.append(piece);
  }

  private void appendChar(StringBuilder target, int ch) {
    if (target.length() + Character.charCount(ch) > options.maxLength()) {
      throw tooLong(options.maxLength());
    }
    target.appendCodePoint(ch);
  }

  private String checked(String value) {
    if (value.length() > options.maxLength()) {
      throw tooLong(options.maxLength());
    }
    return value;
  }

  static ExpansionException tooLong(int maxLength) {
    return ExpansionException.limit(
        "expanded text is longer than the limit of "
            + maxLength
            + " characters; shorten the values or raise the limit",
        Limit.EXPANSION_LENGTH,
        maxLength);
  }

  /** Word splitting state, mirroring BuildKit's {@code wordsStruct}. */
  private static final class Words {
    private final StringBuilder buf;
    private final List<String> words = new ArrayList<>();
    private boolean inWord;

    Words(StringBuilder buf) {
      this.buf = buf;
    }

    void addChar(int ch) {
      if (GoText.isSpace(ch)) {
        if (inWord && buf.length() != 0) {
          words.add(buf.toString());
          buf.setLength(0);
          inWord = false;
        }
      } else {
        addRawChar(ch);
      }
    }

    void addRawChar(int ch) {
      buf.appendCodePoint(ch);
      inWord = true;
    }

    void addString(String text) {
      text.codePoints().forEach(this::addChar);
    }

    void addRawString(String text) {
      buf.append(text);
      inWord = true;
    }

    List<String> finish() {
      if (buf.length() > 0) {
        words.add(buf.toString());
        buf.setLength(0);
        inWord = false;
      }
      return words;
    }
  }
}
