package dev.stagelens.fs;

import java.util.List;

/**
 * One entry of a build context.
 *
 * @param path the path relative to the context root, slash-separated, cleaned, without a leading
 *     slash
 * @param kind {@code file}, {@code directory} or {@code symlink}
 * @param bytes the entry's size in bytes; 0 for directories and symlinks
 * @param linkTarget the target of a symlink as recorded (never followed), otherwise empty
 * @param archive the entries of a tar archive this file holds, for ADD to extract; null when the
 *     file is not an archive that was read
 */
public record ContextFile(
    String path, String kind, long bytes, String linkTarget, List<ContextFile> archive) {

  public ContextFile {
    linkTarget = linkTarget == null ? "" : linkTarget;
    archive = archive == null ? null : List.copyOf(archive);
  }

  /** A regular file of {@code bytes} bytes. */
  public static ContextFile file(String path, long bytes) {
    return new ContextFile(path, "file", bytes, "", null);
  }

  /** True for a directory entry. */
  public boolean isDirectory() {
    return kind.equals("directory");
  }
}
