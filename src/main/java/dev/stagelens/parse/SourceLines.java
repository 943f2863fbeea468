package dev.stagelens.parse;

/**
 * A cursor over the physical lines of a Dockerfile, split on {@code \n} only, as BuildKit's line
 * scanner splits them.
 *
 * <p>The current line is exposed as offsets into the text so that callers copy only what they keep.
 * The length and count limits are enforced here, once per line.
 */
final class SourceLines {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final String text;
  private final ParserLimits limits;
  private int next;
  private int number;
  private int start;
  private int end;
  private int contentEnd;

  SourceLines(String text, ParserLimits limits) {
    this.text = text;
    this.limits = limits;
  }

  /** Moves to the next line; false at the end of the text. */
  boolean advance() {
    if (next >= text.length()) {
      return false;
    }
    int newline = text.indexOf('\n', next);
    start = number == 0 && text.charAt(next) == BYTE_ORDER_MARK ? next + 1 : next;
    end = newline < 0 ? text.length() : newline;
    next = newline < 0 ? end : newline + 1;
    number++;
    Deadline.check(number, number);
    checkLimits();
    contentEnd = end;
    while (contentEnd > start && text.charAt(contentEnd - 1) == '\r') {
      contentEnd--;
    }
    return true;
  }

  private void checkLimits() {
    if (number > limits.maxLines()) {
      throw ParseFault.tooManyLines(limits.maxLines(), number);
    }
    int max = limits.maxLineLength();
    if (end - start > max / 3 && GoText.utf8Length(text, start, end) > max) {
      throw ParseFault.lineTooLong(max, number);
    }
  }

  /** The 1-based number of the current line; 0 before the first. */
  int number() {
    return number;
  }

  /** Offset of the current line's first character. */
  int start() {
    return start;
  }

  /** Offset just past the current line, before its {@code \n}. */
  int end() {
    return end;
  }

  /** Offset just past the current line once trailing carriage returns are dropped. */
  int contentEnd() {
    return contentEnd;
  }

  /** Offset where the following line starts: just past the current line's {@code \n}. */
  int nextStart() {
    return next;
  }
}
