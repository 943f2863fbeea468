package dev.stagelens.fs;

/**
 * A path known to exist in a stage, with where it came from.
 *
 * @param path the absolute path
 * @param kind what it holds, such as {@code file}, {@code directory}, {@code dependencies}, {@code
 *     cache}, {@code build-output}, {@code packages}
 * @param certainty how sure stagelens is that it exists
 * @param stage the stage whose step wrote it here
 * @param step the index of the step that wrote it here, in file order over the whole Dockerfile
 * @param origin what wrote it here: an instruction, or the stage a COPY took it from
 * @param content what determines its content: the command that produced it, kept across copies
 * @param bytes its size when known from the build context, or -1
 */
public record TrackedPath(
    String path,
    String kind,
    Certainty certainty,
    int stage,
    int step,
    String origin,
    String content,
    long bytes) {

  /** The same content copied to {@code newPath} by step {@code newStep} of {@code newStage}. */
  public TrackedPath copiedTo(String newPath, int newStage, int newStep, String newOrigin) {
    return new TrackedPath(newPath, kind, certainty, newStage, newStep, newOrigin, content, bytes);
  }

  /** The same entry with its size known: {@code newBytes} bytes. */
  public TrackedPath withBytes(long newBytes) {
    return new TrackedPath(path, kind, certainty, stage, step, origin, content, newBytes);
  }

  /** This path emptied by step {@code newStep}: a directory whose content is gone. */
  public TrackedPath emptied(int newStep) {
    return new TrackedPath(path, "directory", certainty, stage, newStep, origin, "", 0);
  }
}
