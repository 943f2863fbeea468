package dev.stagelens.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes the leading {@code --name=value} words off an instruction's arguments, as BuildKit's {@code
 * extractBuilderFlags} does for every instruction.
 *
 * <p>BuildKit walks the UTF-8 bytes one at a time and writes each byte back as the code point of
 * the same number, so a non-ASCII character in a flag comes out as its bytes read as Latin-1 (and
 * the bytes 0x85 and 0xA0 count as space). This class reproduces that, byte for byte.
 */
final class BuilderFlags {

  private static final int IN_SPACES = 0;
  private static final int IN_WORD = 1;
  private static final int IN_QUOTE = 2;

  /**
   * The flags and what follows them.
   *
   * @param rest the arguments after the flags, not yet trimmed
   * @param flags the flag words with quotes and escapes resolved
   */
  record Split(String rest, List<String> flags) {}

  private final String line;
  private final byte[] bytes;
  private final char escapeToken;
  private final List<String> flags = new ArrayList<>();
  private final StringBuilder word = new StringBuilder();

  private BuilderFlags(String line, char escapeToken) {
    this.line = line;
    this.bytes = line.getBytes(StandardCharsets.UTF_8);
    this.escapeToken = escapeToken;
  }

  /** Splits {@code line}, the text after the keyword, into flags and the rest. */
  static Split extract(String line, char escapeToken) {
    if (line.length() < 2 || line.charAt(0) != '-' || line.charAt(1) != '-') {
      return new Split(line, List.of());
    }
    return new BuilderFlags(line, escapeToken).run();
  }

  private Split run() {
    int n = bytes.length;
    int phase = IN_SPACES;
    int quote = 0;
    boolean blankOk = false;
    for (int pos = 0; pos <= n; pos++) {
      int ch = pos < n ? bytes[pos] & 0xFF : 0;
      if (phase == IN_SPACES) {
        if (pos == n) {
          break;
        }
        if (GoText.isSpace(ch)) {
          continue;
        }
        if (ch != '-' || pos + 1 == n || bytes[pos + 1] != '-') {
          return done(pos);
        }
        phase = IN_WORD;
      }
      if (pos == n) {
        String last = word.toString();
        if (!last.equals("--") && (blankOk || !last.isEmpty())) {
          flags.add(last);
        }
        break;
      }
      if (phase == IN_WORD) {
        if (GoText.isSpace(ch)) {
          String finished = word.toString();
          if (finished.equals("--")) {
            return done(pos);
          }
          if (blankOk || !finished.isEmpty()) {
            flags.add(finished);
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
          continue;
        }
      } else if (ch == quote) {
        phase = IN_WORD;
        continue;
      }
      if (ch == escapeToken) {
        if (pos + 1 == n) {
          phase = IN_WORD;
          continue;
        }
        pos++;
        ch = bytes[pos] & 0xFF;
      }
      word.append((char) ch);
    }
    return new Split("", List.copyOf(flags));
  }

  /** Stops at byte {@code pos}, which BuildKit may place inside a multi-byte character. */
  private Split done(int pos) {
    return new Split(GoText.utf8Slice(line, bytes, pos, bytes.length), List.copyOf(flags));
  }
}
