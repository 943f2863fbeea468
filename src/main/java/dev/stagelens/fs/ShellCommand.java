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
 */
public record ShellCommand(
    List<String> assignments, List<String> words, List<String> writes, boolean background) {

  public ShellCommand {
    assignments = List.copyOf(assignments);
    words = List.copyOf(words);
    writes = List.copyOf(writes);
  }

  /** The command name, or the empty string for a command of assignments only. */
  public String program() {
    if (words.isEmpty()) {
      return "";
    }
    String name = words.get(0);
    int slash = name.lastIndexOf('/');
    return slash < 0 ? name : name.substring(slash + 1);
  }

  /** The arguments after the command name. */
  public List<String> args() {
    return words.isEmpty() ? List.of() : words.subList(1, words.size());
  }
}
