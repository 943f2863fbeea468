package dev.stagelens.instruction;

import dev.stagelens.parse.GoText;
import java.util.List;
import java.util.Set;

/**
 * BuildKit's shell lexer: expands {@code $VAR} and {@code ${VAR...}} forms and processes quotes and
 * escapes in one Dockerfile word, following {@code frontend/dockerfile/shell/lex.go}.
 *
 * <p>Instances are immutable and safe to share; the {@code with...} methods return adjusted copies.
 * Expansion runs in time linear in the input for a fixed pattern, and is bounded by a maximum
 * expanded length and a maximum nesting depth of {@code ${...}} forms.
 */
public final class ShellLex {
  /** Default bound on the length of any expanded text, in UTF-16 characters (1 MiB). */
  public static final int DEFAULT_MAX_LENGTH = 1 << 20;

  /** Default bound on how deeply {@code ${a:-${b:-...}}} forms may nest. */
  public static final int DEFAULT_MAX_NESTING = 64;

  private final Options options;

  /** A lexer with BuildKit's defaults and the given escape token, {@code \} or a backtick. */
  public ShellLex(char escapeToken) {
    this(Options.defaults(checkEscape(escapeToken)));
  }

  private ShellLex(Options options) {
    this.options = options;
  }

  private static char checkEscape(char token) {
    if (token != '\\' && token != '`') {
      throw new IllegalArgumentException("escape token must be '\\' or '`', not '" + token + "'");
    }
    return token;
  }

  /** The escape token in force. */
  public char escapeToken() {
    return options.escapeToken();
  }

  /** A copy that keeps quote characters in the output (BuildKit's {@code RawQuotes}). */
  public ShellLex withRawQuotes(boolean rawQuotes) {
    return new ShellLex(options.withRawQuotes(rawQuotes));
  }

  /** A copy that keeps escape tokens in the output (BuildKit's {@code RawEscapes}). */
  public ShellLex withRawEscapes(boolean rawEscapes) {
    return new ShellLex(options.withRawEscapes(rawEscapes));
  }

  /**
   * A copy that treats quotes as ordinary characters (BuildKit's {@code SkipProcessQuotes}), as
   * BuildKit does when it expands COPY and ADD heredoc bodies.
   */
  public ShellLex withSkipProcessQuotes(boolean skip) {
    return new ShellLex(options.withSkipProcessQuotes(skip));
  }

  /** A copy that leaves references to unset variables as written (BuildKit's SkipUnsetEnv). */
  public ShellLex withSkipUnsetEnv(boolean skip) {
    return new ShellLex(options.withSkipUnsetEnv(skip));
  }

  /** A copy whose expanded text may hold at most {@code maxLength} UTF-16 characters. */
  public ShellLex withMaxLength(int maxLength) {
    if (maxLength < 0) {
      throw new IllegalArgumentException("maxLength must not be negative: " + maxLength);
    }
    return new ShellLex(options.withMaxLength(maxLength));
  }

  /** A copy that allows {@code ${...}} forms to nest at most {@code maxNesting} deep. */
  public ShellLex withMaxNesting(int maxNesting) {
    if (maxNesting < 1) {
      throw new IllegalArgumentException("maxNesting must be at least 1: " + maxNesting);
    }
    return new ShellLex(options.withMaxNesting(maxNesting));
  }

  /** Expands one word, processing quotes and escapes (BuildKit's {@code ProcessWord}). */
  public String processWord(String word, VariableLookup env) {
    return processWordWithMatches(word, env).result();
  }

  /**
   * Expands the text and splits it into words (BuildKit's {@code ProcessWords}), including
   * BuildKit's quirk that a nested {@code ${name:-...}} form drops the part of the current word
   * that precedes it.
   */
  public List<String> processWords(String word, VariableLookup env) {
    return processWordWithMatches(word, env).words();
  }

  /**
   * Expands one word and reports which variables were set and unset (BuildKit's {@code
   * ProcessWordWithMatches}).
   */
  public ExpansionResult processWordWithMatches(String word, VariableLookup env) {
    if (isPlain(word)) {
      return new ExpansionResult(
          word, word.isEmpty() ? List.of() : List.of(word), Set.of(), Set.of());
    }
    return new ShellWord(options, word, env).process();
  }

  /**
   * True when the lexer would hand {@code word} back unchanged as one word: it has nothing to
   * expand, quote, escape or split, no heredoc marker and no leading byte order mark. Most words of
   * a Dockerfile are like this, and the lexer's full run costs an array and several sets.
   */
  private boolean isPlain(String word) {
    if (word.length() > options.maxLength() || word.startsWith("\uFEFF")) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char ch = word.charAt(i);
      if (ch == '$'
          || ch == '\''
          || ch == '"'
          || ch == '<'
          || ch == options.escapeToken()
          || GoText.isSpace(ch)) {
        return false;
      }
    }
    return true;
  }

  /** The settings of one lexer. */
  record Options(
      char escapeToken,
      boolean rawQuotes,
      boolean rawEscapes,
      boolean skipProcessQuotes,
      boolean skipUnsetEnv,
      int maxLength,
      int maxNesting) {

    static Options defaults(char escapeToken) {
      return new Options(
          escapeToken, false, false, false, false, DEFAULT_MAX_LENGTH, DEFAULT_MAX_NESTING);
    }

    Options withRawQuotes(boolean value) {
      return new Options(
          escapeToken, value, rawEscapes, skipProcessQuotes, skipUnsetEnv, maxLength, maxNesting);
    }

    Options withRawEscapes(boolean value) {
      return new Options(
          escapeToken, rawQuotes, value, skipProcessQuotes, skipUnsetEnv, maxLength, maxNesting);
    }

    Options withSkipProcessQuotes(boolean value) {
      return new Options(
          escapeToken, rawQuotes, rawEscapes, value, skipUnsetEnv, maxLength, maxNesting);
    }

    Options withSkipUnsetEnv(boolean value) {
      return new Options(
          escapeToken, rawQuotes, rawEscapes, skipProcessQuotes, value, maxLength, maxNesting);
    }

    Options withMaxLength(int value) {
      return new Options(
          escapeToken, rawQuotes, rawEscapes, skipProcessQuotes, skipUnsetEnv, value, maxNesting);
    }

    Options withMaxNesting(int value) {
      return new Options(
          escapeToken, rawQuotes, rawEscapes, skipProcessQuotes, skipUnsetEnv, maxLength, value);
    }
  }
}
