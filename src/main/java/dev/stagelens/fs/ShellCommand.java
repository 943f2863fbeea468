package dev.stagelens.fs;

import java.util.List;

/**
 * One simple command of a shell script: its words after quote removal, the variable assignments
 * before it, and the files its redirections write.
 *
 * @param assignments {@code NAME=value} words that precede the command name
 * @param words the command name and its arguments
 * @param writes paths that output redirections ({@code >}, {@code >>}) write to
 * @param background true when the command ends with {@code &}
 * @param pipedInto true when a single {@code |} sends its output into the next command
 */
public record ShellCommand(
    List<String> assignments,
    List<String> words,
    List<String> writes,
    boolean background,
    boolean pipedInto) {

  public ShellCommand {
    assignments = List.copyOf(assignments);
    words = List.copyOf(words);
    writes = List.copyOf(writes);
  }

  /** A command of {@code words} alone: no assignments, redirections or pipe. */
  public static ShellCommand of(List<String> words) {
    return new ShellCommand(List.of(), words, List.of(), false, false);
  }

  /** The command name, or the empty string for a command of assignments only. */
  public String program() {
    return words.isEmpty() ? "" : programOf(words.get(0));
  }

  /** The command name a command word runs: the word without any directory. */
  public static String programOf(String word) {
    int slash = word.lastIndexOf('/');
    return slash < 0 ? word : word.substring(slash + 1);
  }

  /** The arguments after the command name. */
  public List<String> args() {
    return words.isEmpty() ? List.of() : words.subList(1, words.size());
  }
}
