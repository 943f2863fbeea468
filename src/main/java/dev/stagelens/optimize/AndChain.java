package dev.stagelens.optimize;

import dev.stagelens.fs.ShellCommand;
import dev.stagelens.fs.ShellScript;
import dev.stagelens.instruction.RunInstruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A shell-form RUN whose script is simple commands joined by {@code &&}, the one shape the rewrites
 * edit: any other operator, a subshell, a command substitution, a comment or a heredoc makes the
 * script one they leave alone.
 *
 * @param segments the text of each command as written, trimmed
 */
record AndChain(List<String> segments) {

  AndChain {
    segments = List.copyOf(segments);
  }

  /** The chain of {@code run}, or empty when its script has another shape. */
  static Optional<AndChain> of(RunInstruction run) {
    if (!run.command().prependShell()
        || !run.command().files().isEmpty()
        || run.command().args().size() != 1) {
      return Optional.empty();
    }
    return split(run.command().args().get(0));
  }

  /** The chain of {@code script}, or empty when it has another shape. */
  static Optional<AndChain> split(String script) {
    List<String> out = new ArrayList<>();
    int from = 0;
    char quote = 0;
    for (int i = 0; i < script.length(); i++) {
      char c = script.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"') {
          i++;
        }
      } else if (c == '\\') {
        i++;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '&' && i + 1 < script.length() && script.charAt(i + 1) == '&') {
        out.add(script.substring(from, i).trim());
        from = i + 2;
        i++;
      } else if (";|&()`\n".indexOf(c) >= 0
          || opensComment(script, i, c)
          || substitutes(script, i)) {
        return Optional.empty();
      }
    }
    out.add(script.substring(from).trim());
    boolean complete = quote == 0 && out.stream().noneMatch(String::isEmpty);
    return complete ? Optional.of(new AndChain(out)) : Optional.empty();
  }

  private static boolean opensComment(String text, int i, char c) {
    return c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)));
  }

  private static boolean substitutes(String text, int i) {
    return text.charAt(i) == '$' && i + 1 < text.length() && text.charAt(i + 1) == '(';
  }

  /** The words of segment {@code index} after quote removal. */
  List<String> words(int index) {
    List<ShellCommand> commands = ShellScript.parse(segments.get(index));
    return commands.isEmpty() ? List.of() : commands.get(0).words();
  }

  /** The command name of segment {@code index} without its directory, such as {@code mvnw}. */
  String program(int index) {
    List<ShellCommand> commands = ShellScript.parse(segments.get(index));
    return commands.isEmpty() ? "" : commands.get(0).program();
  }

  /** The segments as RUN lines: one line, or one command per line joined by {@code &&}. */
  List<String> asRun(List<String> flags, char escape) {
    String head = "RUN " + flags.stream().map(f -> f + " ").reduce("", String::concat);
    if (segments.size() == 1) {
      return List.of(head + segments.get(0));
    }
    List<String> lines = new ArrayList<>();
    lines.add(head + segments.get(0) + " " + escape);
    for (int i = 1; i < segments.size(); i++) {
      boolean last = i == segments.size() - 1;
      lines.add("    && " + segments.get(i) + (last ? "" : " " + escape));
    }
    return lines;
  }
}
