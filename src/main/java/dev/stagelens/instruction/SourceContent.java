package dev.stagelens.instruction;

/**
 * A file given inline as a heredoc source of COPY or ADD.
 *
 * @param path the heredoc name, used as the file name
 * @param data the body; leading tabs already removed for {@code <<-}
 * @param expand whether BuildKit expands variables in the body (delimiter not quoted)
 */
public record SourceContent(String path, String data, boolean expand) {}
