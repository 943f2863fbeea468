package dev.stagelens.instruction;

import java.util.ArrayList;
import java.util.List;

/**
 * The sources and destination of COPY or ADD.
 *
 * @param sourcePaths the source paths or URLs, as written
 * @param sourceContents the heredoc sources, in order
 * @param dest the destination, as written
 */
public record SourcesAndDest(
    List<String> sourcePaths, List<SourceContent> sourceContents, String dest) {

  public SourcesAndDest {
    sourcePaths = List.copyOf(sourcePaths);
    sourceContents = List.copyOf(sourceContents);
  }

  /** Paths and destination expanded, as BuildKit's {@code Expand} does. */
  public SourcesAndDest expand(WordExpander expander) {
    List<String> paths = sourcePaths.stream().map(expander::expand).toList();
    return new SourcesAndDest(paths, sourceContents, expander.expand(dest));
  }

  /**
   * Heredoc bodies whose delimiter was not quoted expanded, as BuildKit's {@code ExpandRaw} does
   * (it uses a lexer with the default escape and quote processing off).
   */
  public SourcesAndDest expandContents(WordExpander expander) {
    List<SourceContent> contents = new ArrayList<>();
    for (SourceContent content : sourceContents) {
      String data = content.expand() ? expander.expand(content.data()) : content.data();
      contents.add(new SourceContent(content.path(), data, content.expand()));
    }
    return new SourcesAndDest(sourcePaths, contents, dest);
  }
}
