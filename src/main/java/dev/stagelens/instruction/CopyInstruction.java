package dev.stagelens.instruction;

import dev.stagelens.parse.Node;
import java.util.List;

/**
 * COPY.
 *
 * @param node the syntax node
 * @param files the sources and destination
 * @param from the {@code --from} stage, index or image, empty when not given
 * @param chown the {@code --chown} value, empty when not given
 * @param chmod the {@code --chmod} value, empty when not given
 * @param link whether {@code --link} is on
 * @param parents whether {@code --parents} is on
 * @param excludes the {@code --exclude} patterns, in order
 */
public record CopyInstruction(
    Node node,
    SourcesAndDest files,
    String from,
    String chown,
    String chmod,
    boolean link,
    boolean parents,
    List<String> excludes)
    implements Instruction {

  public CopyInstruction {
    excludes = List.copyOf(excludes);
  }

  /** This COPY with chown, chmod, sources and destination expanded; {@code from} never is. */
  public CopyInstruction expand(WordExpander expander) {
    return new CopyInstruction(
        node,
        files.expand(expander),
        from,
        expander.expand(chown),
        expander.expand(chmod),
        link,
        parents,
        excludes);
  }
}
