package dev.stagelens.rule;

import dev.stagelens.fs.ShellCommand;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the words of a simple command: what runs under sudo or env, its options and operands. */
final class Commands {

  private static final Set<String> SUDO_VALUED =
      Set.of("-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U", "-T", "--user", "--group");
  private static final Set<String> ENV_VALUED = Set.of("-u", "--unset", "-C", "--chdir");

  private static final int SHOWN = 60;

  private Commands() {}

  /**
   * The command that does the work: {@code command} without the {@code sudo} and {@code env}
   * prefixes that run it; {@code env}'s {@code NAME=value} words join its assignments.
   */
  static ShellCommand unwrapped(ShellCommand command) {
    List<String> words = command.words();
    if (words.isEmpty() || !isWrapper(ShellCommand.programOf(words.get(0)))) {
      return command;
    }
    List<String> assignments = new ArrayList<>(command.assignments());
    int start = 0;
    while (start < words.size()) {
      String name = ShellCommand.programOf(words.get(start));
      if (name.equals("sudo")) {
        start = afterOptions(words, start + 1, SUDO_VALUED);
      } else if (name.equals("env")) {
        start = afterOptions(words, start + 1, ENV_VALUED);
        while (start < words.size() && words.get(start).indexOf('=') > 0) {
          assignments.add(words.get(start++));
        }
      } else {
        break;
      }
    }
    if (start == 0) {
      return command;
    }
    return new ShellCommand(
        assignments,
        words.subList(start, words.size()),
        command.writes(),
        command.background(),
        command.pipedInto());
  }

  private static boolean isWrapper(String program) {
    return program.equals("sudo") || program.equals("env");
  }

  private static int afterOptions(List<String> words, int from, Set<String> valued) {
    int i = from;
    while (i < words.size() && words.get(i).startsWith("-")) {
      String word = words.get(i);
      if (word.equals("--")) {
        return i + 1;
      }
      i += valued.contains(word) ? 2 : 1;
    }
    return i;
  }

  /**
   * The operands of {@code args}: the words that are neither options nor the values of the options
   * in {@code valued}; a word after {@code --} is always an operand.
   */
  static List<String> operands(List<String> args, Set<String> valued) {
    List<String> out = new ArrayList<>();
    boolean options = true;
    for (int i = 0; i < args.size(); i++) {
      String word = args.get(i);
      if (options && word.equals("--")) {
        options = false;
      } else if (options && word.startsWith("-") && word.length() > 1) {
        i += valued.contains(word) ? 1 : 0;
      } else {
        out.add(word);
      }
    }
    return out;
  }

  /**
   * The operands after the subcommand when the first operand of {@code args} is one of {@code
   * names}, such as the packages of {@code apt-get -y install curl}; empty for another subcommand.
   */
  static Optional<List<String>> afterSubcommand(
      List<String> args, Set<String> valued, Set<String> names) {
    List<String> operands = operands(args, valued);
    if (operands.isEmpty() || !names.contains(operands.get(0))) {
      return Optional.empty();
    }
    return Optional.of(operands.subList(1, operands.size()));
  }

  /** True when {@code args} hold one of {@code names}, alone or as {@code name=value}. */
  static boolean hasOption(List<String> args, Set<String> names) {
    return args.stream()
        .anyMatch(
            word ->
                names.contains(word.contains("=") ? word.substring(0, word.indexOf('=')) : word));
  }

  /** The values given to any of {@code names} in {@code args}, apart or after {@code =}. */
  static List<String> optionValues(List<String> args, Set<String> names) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String word = args.get(i);
      int eq = word.indexOf('=');
      if (eq > 0 && names.contains(word.substring(0, eq))) {
        out.add(word.substring(eq + 1));
      } else if (names.contains(word) && i + 1 < args.size()) {
        out.add(args.get(++i));
      }
    }
    return out;
  }

  /** True when a cluster of short options in {@code args}, such as {@code -qy}, holds {@code c}. */
  static boolean hasShortFlag(List<String> args, char c) {
    return args.stream()
        .anyMatch(
            word ->
                word.length() > 1
                    && word.charAt(0) == '-'
                    && word.charAt(1) != '-'
                    && word.chars().skip(1).allMatch(Character::isLetter)
                    && word.indexOf(c) > 0);
  }

  /** The words of {@code command} as one line, cut to about 60 characters for a message. */
  static String shown(ShellCommand command) {
    String text = String.join(" ", command.words());
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
  }

  /** {@code values} in single quotes, separated by commas, for a message. */
  static String quoted(Collection<String> values) {
    return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
  }

  /** {@code value} without one pair of surrounding single or double quotes. */
  static String unquoted(String value) {
    return value.replaceAll("^([\"'])(.*)\\1$", "$2");
  }

  /** True when {@code word} is decided only when the shell runs, so no rule can judge it. */
  static boolean dynamic(String word) {
    return word.contains("$") || word.contains("`");
  }
}
