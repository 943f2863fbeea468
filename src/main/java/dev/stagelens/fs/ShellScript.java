package dev.stagelens.fs;

import dev.stagelens.instruction.CommandLine;
import dev.stagelens.parse.Heredoc;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the text of a shell-form RUN into simple commands, the way a POSIX shell reads it.
 *
 * <p>Quotes are removed as the shell removes them; {@code &&}, {@code ||}, {@code ;}, {@code |},
 * {@code &}, newlines and parentheses separate commands; comments run to the end of the line; a
 * single {@code |} marks the command before it as piped into the next; output redirections are
 * recorded as files written; heredoc bodies in the script are skipped. A carriage return is an
 * ordinary character, as POSIX sh reads it. Parameter expansions are kept as written, for the
 * caller to resolve against what it knows; a bash array assignment ({@code NAME=(a b)}) stays one
 * assignment.
 */
public final class ShellScript {

  private static final Pattern SHEBANG = Pattern.compile("#!");
  private static final Pattern SHELL_SHEBANG =
      Pattern.compile("#![ \\t]*+\\S*/(?:env[ \\t]++)?(?:ba|da|z|k|a)?sh\\b");

  private final String text;
  private final List<ShellCommand> commands = new ArrayList<>();
  private final List<String> pendingHeredocs = new ArrayList<>();
  private List<String> assignments = new ArrayList<>();
  private List<String> words = new ArrayList<>();
  private List<String> writes = new ArrayList<>();
  private int pos;

  private ShellScript(String text) {
    this.text = text;
  }

  /**
   * The shell text a shell-form RUN runs: the body of its heredoc when the RUN is a heredoc alone
   * (empty when a {@code #!} line names an interpreter that is not a shell), else its command line,
   * where heredoc bodies are input to commands rather than script.
   */
  public static String script(CommandLine command) {
    String text = command.args().isEmpty() ? "" : command.args().get(0);
    List<Heredoc> heredocs = command.files();
    if (heredocs.size() == 1 && text.strip().startsWith("<<")) {
      String body = heredocs.get(0).content();
      return SHEBANG.matcher(body).lookingAt() && !SHELL_SHEBANG.matcher(body).lookingAt()
          ? ""
          : body;
    }
    return text;
  }

  /** The simple commands of {@code script}, in the order they appear. */
  public static List<ShellCommand> parse(String script) {
    ShellScript parser = new ShellScript(script);
    parser.run();
    return List.copyOf(parser.commands);
  }

  private void run() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t') {
        pos++;
      } else if (c == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
        pos += 2;
      } else if (c == '\n') {
        pos++;
        endCommand(false, false);
        skipHeredocBodies();
      } else if (c == '#') {
        skipComment();
      } else if (isOperator(c)) {
        operator();
      } else if ((c == '>' || c == '<') || isRedirectStart()) {
        redirection();
      } else {
        addWord(word());
      }
    }
    endCommand(false, false);
  }

  private static boolean isOperator(char c) {
    return c == ';' || c == '&' || c == '|' || c == '(' || c == ')';
  }

  private void operator() {
    char c = text.charAt(pos);
    boolean doubled = pos + 1 < text.length() && text.charAt(pos + 1) == c;
    if (c == '&' && pos + 1 < text.length() && text.charAt(pos + 1) == '>') {
      redirection();
      return;
    }
    pos += doubled && c != '(' && c != ')' ? 2 : 1;
    endCommand(c == '&' && !doubled, c == '|' && !doubled);
  }

  private boolean isRedirectStart() {
    int i = pos;
    while (i < text.length() && Character.isDigit(text.charAt(i))) {
      i++;
    }
    return i > pos && i < text.length() && (text.charAt(i) == '>' || text.charAt(i) == '<');
  }

  private void redirection() {
    while (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '&') {
      pos++;
    }
    char direction = text.charAt(pos);
    pos++;
    if (direction == '<' && pos < text.length() && text.charAt(pos) == '<') {
      heredocOperator();
      return;
    }
    while (pos < text.length() && (text.charAt(pos) == '>' || text.charAt(pos) == '|')) {
      pos++;
    }
    if (pos < text.length() && text.charAt(pos) == '&') {
      pos++;
      word();
      return;
    }
    skipBlanks();
    String target = word();
    if (direction == '>' && !target.isEmpty() && !target.startsWith("/dev/")) {
      writes.add(target);
    }
  }

  private void heredocOperator() {
    pos++;
    if (pos < text.length() && text.charAt(pos) == '-') {
      pos++;
    }
    skipBlanks();
    String delimiter = word();
    if (!delimiter.isEmpty()) {
      pendingHeredocs.add(delimiter);
    }
  }

  private void skipHeredocBodies() {
    for (String delimiter : pendingHeredocs) {
      while (pos < text.length()) {
        int end = text.indexOf('\n', pos);
        String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
        pos = end < 0 ? text.length() : end + 1;
        if (line.strip().equals(delimiter)) {
          break;
        }
      }
    }
    pendingHeredocs.clear();
  }

  private void skipBlanks() {
    while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
      pos++;
    }
  }

  private void skipComment() {
    int end = text.indexOf('\n', pos);
    pos = end < 0 ? text.length() : end;
  }

  private String word() {
    StringBuilder out = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '(' && opensArray(out)) {
        substitution(out);
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\n' || isOperator(c) || c == '<' || c == '>') {
        break;
      }
      if (c == '\'') {
        singleQuoted(out);
      } else if (c == '"') {
        doubleQuoted(out);
      } else if (c == '\\') {
        escaped(out);
      } else if (c == '$' && pos + 1 < text.length() && text.charAt(pos + 1) == '(') {
        substitution(out);
      } else {
        out.append(c);
        pos++;
      }
    }
    return out.toString();
  }

  /** True when {@code out} is {@code NAME=} before any command word: bash's array assignment. */
  private boolean opensArray(StringBuilder out) {
    int last = out.length() - 1;
    return words.isEmpty() && last > 0 && out.charAt(last) == '=' && isAssignment(out.toString());
  }

  private void singleQuoted(StringBuilder out) {
    int end = text.indexOf('\'', pos + 1);
    int stop = end < 0 ? text.length() : end;
    out.append(text, pos + 1, stop);
    pos = Math.min(text.length(), stop + 1);
  }

  private void doubleQuoted(StringBuilder out) {
    pos++;
    while (pos < text.length() && text.charAt(pos) != '"') {
      char c = text.charAt(pos);
      if (c == '\\' && pos + 1 < text.length() && "$`\"\\\n".indexOf(text.charAt(pos + 1)) >= 0) {
        if (text.charAt(pos + 1) != '\n') {
          out.append(text.charAt(pos + 1));
        }
        pos += 2;
      } else {
        out.append(c);
        pos++;
      }
    }
    pos = Math.min(text.length(), pos + 1);
  }

  private void escaped(StringBuilder out) {
    if (pos + 1 < text.length()) {
      char next = text.charAt(pos + 1);
      if (next != '\n') {
        out.append(next);
      }
      pos += 2;
    } else {
      pos++;
    }
  }

  private void substitution(StringBuilder out) {
    int depth = 0;
    int start = pos;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        break;
      }
    }
    out.append(text, start, pos);
  }

  private void addWord(String word) {
    if (words.isEmpty() && isAssignment(word)) {
      assignments.add(word);
    } else {
      words.add(word);
    }
  }

  private static boolean isAssignment(String word) {
    int eq = word.indexOf('=');
    if (eq <= 0) {
      return false;
    }
    for (int i = 0; i < eq; i++) {
      char c = word.charAt(i);
      boolean ok = c == '_' || Character.isLetter(c) || (i > 0 && Character.isDigit(c));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private void endCommand(boolean background, boolean piped) {
    if (!words.isEmpty() || !assignments.isEmpty() || !writes.isEmpty()) {
      commands.add(new ShellCommand(assignments, words, writes, background, piped));
    }
    assignments = new ArrayList<>();
    words = new ArrayList<>();
    writes = new ArrayList<>();
  }
}
