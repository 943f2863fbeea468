package dev.stagelens.fs;

/**
 * One change a step makes to its stage's files.
 *
 * @param op what happens to the path
 * @param path the absolute path changed
 * @param source for {@link Op#COPY}, the path whose tracked content is copied; otherwise null
 * @param kind what the path holds, such as {@code dependencies}, {@code cache} or {@code file}
 * @param certainty how sure the change is
 * @param reason the command or instruction that causes it
 */
public record PathChange(
    Op op, String path, String source, String kind, Certainty certainty, String reason) {

  /** What a change does. */
  public enum Op {
    /** The path is written. */
    CREATE,
    /** The path and everything below it is deleted. */
    REMOVE,
    /** Everything below the path is deleted; the path itself stays. */
    REMOVE_CONTENTS,
    /** The tracked content of {@code source} is copied to the path. */
    COPY,
    /**
     * The tracked content at the path (kind {@code tree}: and below it) is written again unchanged,
     * as a change of owner or mode does: the new layer holds every such file in full.
     */
    REWRITE
  }

  /** A path written with the given kind. */
  public static PathChange create(String path, String kind, Certainty certainty, String reason) {
    return new PathChange(Op.CREATE, path, null, kind, certainty, reason);
  }

  /** The tracked content at {@code path}, and below it when {@code recursive}, written again. */
  public static PathChange rewrite(String path, boolean recursive, String reason) {
    return new PathChange(
        Op.REWRITE, path, null, recursive ? "tree" : "path", Certainty.INFERRED, reason);
  }

  /** A path deleted with everything below it. */
  public static PathChange remove(String path, String reason) {
    return new PathChange(Op.REMOVE, path, null, "", Certainty.INFERRED, reason);
  }
}
