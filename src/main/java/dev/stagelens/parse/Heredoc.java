package dev.stagelens.parse;

/**
 * A heredoc attached to a RUN, COPY or ADD instruction.
 *
 * @param name the delimiter word with its quotes removed
 * @param content the raw body, newlines included, exactly as written (not tab-stripped)
 * @param expand false when any part of the delimiter was quoted, so the body is taken literally
 * @param chomp true for {@code <<-}: leading tabs are stripped from the body when it is used
 * @param fileDescriptor the number written before {@code <<}, 0 when none
 * @param startLine the line of the instruction that opens the heredoc
 * @param endLine the line of the terminator
 */
public record Heredoc(
    String name,
    String content,
    boolean expand,
    boolean chomp,
    int fileDescriptor,
    int startLine,
    int endLine) {}
