package dev.stagelens.instruction;

import dev.stagelens.parse.Node;
import java.util.List;
import java.util.Optional;

/**
 * ADD.
 *
 * @param node the syntax node
 * @param files the sources and destination
 * @param chown the {@code --chown} value, empty when not given
 * @param chmod the {@code --chmod} value, empty when not given
 * @param link whether {@code --link} is on
 * @param excludes the {@code --exclude} patterns, in order
 * @param keepGitDir the {@code --keep-git-dir} value, empty when not given
 * @param checksum the {@code --checksum} value, empty when not given
 * @param unpack the {@code --unpack} value, empty when not given
 */
public record AddInstruction(
    Node node,
    SourcesAndDest files,
    String chown,
    String chmod,
    boolean link,
    List<String> excludes,
    Optional<Boolean> keepGitDir,
    String checksum,
    Optional<Boolean> unpack)
    implements Instruction {

  public AddInstruction {
    excludes = List.copyOf(excludes);
  }

  /** This ADD with chown, chmod, checksum, sources and destination expanded. */
  public AddInstruction expand(WordExpander expander) {
    return new AddInstruction(
        node,
        files.expand(expander),
        expander.expand(chown),
        expander.expand(chmod),
        link,
        excludes,
        keepGitDir,
        expander.expand(checksum),
        unpack);
  }
}
