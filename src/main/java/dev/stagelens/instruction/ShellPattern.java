package dev.stagelens.instruction;

import java.util.Arrays;

/**
 * Shell patterns of {@code ${a#p}}, {@code ${a%p}} and {@code ${a/p/r}}, matched the way BuildKit
 * matches them: {@code *} is any run and {@code ?} any one character (neither crosses a newline),
 * {@code \*}, {@code \?} and {@code \\} are literal, and {@code \}} and {@code \/} drop the
 * backslash. BuildKit compiles the pattern to a Go regular expression with leftmost-first
 * semantics; this class simulates the same automaton with a thread list, so matching stays linear
 * in the value for a given pattern.
 */
final class ShellPattern {
  private static final int STAR = -2;
  private static final int ANY = -3;

  private final int[] tokens;
  private final boolean greedy;
  private final int[] visited;
  private int generation;

  private ShellPattern(int[] tokens, boolean greedy) {
    this.tokens = tokens;
    this.greedy = greedy;
    this.visited = new int[tokens.length + 1];
  }

  /** BuildKit's {@code ${value#pattern}} and {@code ${value##pattern}}. */
  static String trimPrefix(String pattern, String value, boolean greedy) {
    int[] text = value.codePoints().toArray();
    int[] match = compile(pattern, greedy).find(text, 0, true);
    return match == null ? value : new String(text, match[1], text.length - match[1]);
  }

  /** BuildKit's {@code ${value%pattern}}: a prefix trim of the reversed value and pattern. */
  static String trimSuffix(String pattern, String value, boolean greedy) {
    return reverse(trimPrefix(reversePattern(pattern), reverse(value), greedy));
  }

  /** BuildKit's {@code ${value/pattern/replacement}} and {@code ${value//pattern/replacement}}. */
  static String replace(
      String value, String pattern, String replacement, boolean all, int maxLength) {
    ShellPattern compiled = compile(pattern, true);
    int[] text = value.codePoints().toArray();
    if (!all) {
      int[] match = compiled.find(text, 0, false);
      if (match == null) {
        return value;
      }
      String result =
          new String(text, 0, match[0])
              + replacement
              + new String(text, match[1], text.length - match[1]);
      return bounded(result, maxLength);
    }
    return compiled.replaceAll(text, replacement, maxLength);
  }

  private static String bounded(String result, int maxLength) {
    if (result.length() > maxLength) {
      throw ShellWord.tooLong(maxLength);
    }
    return result;
  }

  /** Go's {@code Regexp.ReplaceAllString}: the replacement is a template where {@code $0} works. */
  private String replaceAll(int[] text, String template, int maxLength) {
    StringBuilder out = new StringBuilder();
    int lastMatchEnd = 0;
    int searchPos = 0;
    while (searchPos <= text.length) {
      int[] match = find(text, searchPos, false);
      if (match == null) {
        break;
      }
      appendBounded(out, new String(text, lastMatchEnd, match[0] - lastMatchEnd), maxLength);
      if (match[1] > lastMatchEnd || match[0] == 0) {
        appendBounded(out, GoTemplate.expand(template, text, match), maxLength);
      }
      lastMatchEnd = match[1];
      int width = searchPos < text.length ? 1 : 0;
      if (searchPos + width > match[1]) {
        searchPos += width;
      } else if (searchPos + 1 > match[1]) {
        searchPos++;
      } else {
        searchPos = match[1];
      }
    }
    appendBounded(out, new String(text, lastMatchEnd, text.length - lastMatchEnd), maxLength);
    return out.toString();
  }

  private static void appendBounded(StringBuilder out, String piece, int maxLength) {
    if ((long) out.length() + piece.length() > maxLength) {
      throw ShellWord.tooLong(maxLength);
    }
    out.append(piece);
  }

  static ShellPattern compile(String pattern, boolean greedy) {
    int[] source = pattern.codePoints().toArray();
    int[] tokens = new int[source.length];
    int count = 0;
    for (int i = 0; i < source.length; i++) {
      int ch = source[i];
      if (ch == '*') {
        tokens[count++] = STAR;
      } else if (ch == '?') {
        tokens[count++] = ANY;
      } else if (ch != '\\') {
        tokens[count++] = ch;
      } else if (i + 1 < source.length && (source[i + 1] == '}' || source[i + 1] == '/')) {
        continue;
      } else {
        i++;
        tokens[count++] = escaped(pattern, i < source.length ? source[i] : -1);
      }
    }
    return new ShellPattern(Arrays.copyOf(tokens, count), greedy);
  }

  private static int escaped(String pattern, int ch) {
    if (ch != '*' && ch != '?' && ch != '\\') {
      String shown = ch < 0 ? "\uFFFD" : Character.toString(ch);
      throw new ExpansionException(
          "invalid pattern (" + pattern + ") in substitution: invalid escape '\\" + shown + "'");
    }
    return ch;
  }

  /**
   * The leftmost-first match at or after {@code from} as {start, end}, or null. When anchored only
   * a match starting at {@code from} counts.
   */
  int[] find(int[] text, int from, boolean anchored) {
    ThreadList current = new ThreadList(tokens.length + 1);
    ThreadList next = new ThreadList(tokens.length + 1);
    int currentGeneration = ++generation;
    int[] match = null;
    for (int pos = from; ; pos++) {
      if (match == null && (pos == from || !anchored)) {
        addThread(current, 0, pos, currentGeneration);
      }
      if (current.size == 0) {
        break;
      }
      next.size = 0;
      int nextGeneration = ++generation;
      for (int i = 0; i < current.size; i++) {
        int state = current.states[i];
        if (state == tokens.length) {
          match = new int[] {current.starts[i], pos};
          break;
        }
        if (pos < text.length && consumes(tokens[state], text[pos])) {
          int target = tokens[state] == STAR ? state : state + 1;
          addThread(next, target, current.starts[i], nextGeneration);
        }
      }
      if (pos >= text.length) {
        break;
      }
      ThreadList swap = current;
      current = next;
      next = swap;
      currentGeneration = nextGeneration;
    }
    return match;
  }

  private static boolean consumes(int token, int ch) {
    if (token == STAR || token == ANY) {
      return ch != '\n';
    }
    return token == ch;
  }

  /** Adds the state and the states reachable through stars, in the regex's priority order. */
  private void addThread(ThreadList list, int state, int start, int gen) {
    int end = state;
    while (end < tokens.length && tokens[end] == STAR && visited[end] != gen) {
      visited[end] = gen;
      end++;
    }
    boolean terminal = (end == tokens.length || tokens[end] != STAR) && visited[end] != gen;
    if (terminal) {
      visited[end] = gen;
    }
    if (greedy) {
      for (int s = state; s < end; s++) {
        list.add(s, start);
      }
      if (terminal) {
        list.add(end, start);
      }
    } else {
      if (terminal) {
        list.add(end, start);
      }
      for (int s = end - 1; s >= state; s--) {
        list.add(s, start);
      }
    }
  }

  /** Reverses a pattern but keeps each backslash before the character it escapes. */
  static String reversePattern(String pattern) {
    int[] in = pattern.codePoints().toArray();
    int[] out = new int[in.length];
    int last = in.length - 1;
    int i = 0;
    while (i <= last) {
      int outIndex = last - i;
      if (in[i] == '\\' && i != last) {
        out[outIndex - 1] = in[i];
        out[outIndex] = in[i + 1];
        i += 2;
      } else {
        out[outIndex] = in[i];
        i++;
      }
    }
    return new String(out, 0, out.length);
  }

  static String reverse(String value) {
    int[] points = value.codePoints().toArray();
    for (int i = 0, j = points.length - 1; i < j; i++, j--) {
      int t = points[i];
      points[i] = points[j];
      points[j] = t;
    }
    return new String(points, 0, points.length);
  }

  /** The live threads of one step: a state and the position where its match began. */
  private static final class ThreadList {
    final int[] states;
    final int[] starts;
    int size;

    ThreadList(int capacity) {
      states = new int[capacity];
      starts = new int[capacity];
    }

    void add(int state, int start) {
      states[size] = state;
      starts[size] = start;
      size++;
    }
  }
}
