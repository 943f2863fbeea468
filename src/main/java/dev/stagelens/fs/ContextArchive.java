package dev.stagelens.fs;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Reads a build context sent as a tar or gzip-compressed tar, as a stream: nothing is extracted,
 * entries that climb out of the context are refused, symlinks are recorded and never followed, and
 * tar archives inside the context are listed for ADD to extract.
 */
public final class ContextArchive {

  private static final String IGNORE_FILE = ".dockerignore";
  private static final int MAX_IGNORE_BYTES = 1 << 20;

  private final ContextLimits limits;
  private long entries;
  private long inflated;
  private CountingStream compressed;

  private ContextArchive(ContextLimits limits) {
    this.limits = limits;
  }

  /**
   * What a context archive holds.
   *
   * @param files every entry, in archive order
   * @param dockerignore the text of the root {@code .dockerignore}, or null when there is none
   */
  public record Contents(List<ContextFile> files, String dockerignore) {
    public Contents {
      files = List.copyOf(files);
    }

    /** The build context these contents make, with {@code ignore} or their own ignore file. */
    public BuildContext context(String ignore) {
      return BuildContext.of(files, IgnorePatterns.parse(ignore != null ? ignore : dockerignore));
    }
  }

  /** Reads {@code in} to its end within {@code limits}. */
  public static Contents read(InputStream in, ContextLimits limits) {
    ContextArchive reader = new ContextArchive(limits);
    try {
      return reader.readOuter(in);
    } catch (IOException e) {
      throw new BuildContextException(
          "the context is not a readable tar or tar.gz archive (" + e.getMessage() + ")", e);
    }
  }

  private Contents readOuter(InputStream in) throws IOException {
    compressed = new CountingStream(in);
    BufferedInputStream buffered = new BufferedInputStream(compressed);
    buffered.mark(2);
    int first = buffered.read();
    int second = buffered.read();
    buffered.reset();
    InputStream tar =
        first == 0x1f && second == 0x8b ? new GzipCompressorInputStream(buffered) : buffered;
    List<ContextFile> files = new ArrayList<>();
    String[] ignore = {null};
    try (TarArchiveInputStream archive = new TarArchiveInputStream(tar)) {
      readEntries(archive, files, ignore, true);
    }
    return new Contents(files, ignore[0]);
  }

  private void readEntries(
      TarArchiveInputStream archive, List<ContextFile> files, String[] ignore, boolean outer)
      throws IOException {
    TarArchiveEntry entry;
    while ((entry = archive.getNextEntry()) != null) {
      count(entry);
      String path = safePath(entry.getName());
      if (path.isEmpty()) {
        continue;
      }
      files.add(describe(entry, path, archive, outer));
      if (outer && path.equals(IGNORE_FILE) && entry.isFile()) {
        ignore[0] = text(archive);
      }
      checkRatio();
    }
  }

  private ContextFile describe(
      TarArchiveEntry entry, String path, TarArchiveInputStream archive, boolean outer)
      throws IOException {
    if (entry.isDirectory()) {
      return new ContextFile(path, "directory", 0, "", null);
    }
    if (entry.isSymbolicLink()) {
      return new ContextFile(path, "symlink", 0, entry.getLinkName(), null);
    }
    if (entry.isLink()) {
      return new ContextFile(path, "file", 0, entry.getLinkName(), null);
    }
    List<ContextFile> nested = outer ? nested(path, archive) : null;
    return new ContextFile(path, "file", entry.getSize(), "", nested);
  }

  private void count(TarArchiveEntry entry) {
    entries++;
    if (entries > limits.maxEntries()) {
      throw new ContextLimitException(
          "max-entries",
          limits.maxEntries(),
          "the context holds more than " + limits.maxEntries() + " entries");
    }
    long size = entry.isFile() ? entry.getSize() : 0;
    if (size > limits.maxEntryBytes()) {
      throw new ContextLimitException(
          "max-entry-bytes",
          limits.maxEntryBytes(),
          "context entry '"
              + entry.getName()
              + "' is "
              + size
              + " bytes, over the per-entry limit of "
              + limits.maxEntryBytes());
    }
    inflated += size;
    if (inflated > limits.maxTotalBytes()) {
      throw new ContextLimitException(
          "max-total-bytes",
          limits.maxTotalBytes(),
          "the context holds more than " + limits.maxTotalBytes() + " uncompressed bytes");
    }
  }

  private void checkRatio() {
    long read = Math.max(1, compressed.count);
    if (inflated >= ContextLimits.RATIO_FLOOR_BYTES && inflated / read > limits.maxRatio()) {
      throw new ContextLimitException(
          "max-ratio",
          limits.maxRatio(),
          "the context inflates "
              + inflated / read
              + " times over its compressed size, past the limit of "
              + limits.maxRatio());
    }
  }

  private static String safePath(String name) {
    String clean = IgnorePatterns.cleanRelative(name.replace('\\', '/'));
    if (clean.equals("..") || clean.startsWith("../")) {
      throw new BuildContextException(
          "context entry '" + name + "' points outside the context: remove its '../' segments");
    }
    return BuildContext.relative(clean);
  }

  private static String text(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BoundedInputStream.builder()
        .setInputStream(in)
        .setMaxCount(MAX_IGNORE_BYTES)
        .setPropagateClose(false)
        .get()
        .transferTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private List<ContextFile> nested(String path, InputStream in) throws IOException {
    String lower = path.toLowerCase(Locale.ROOT);
    InputStream raw = nonClosing(in);
    InputStream tar;
    if (lower.endsWith(".tar")) {
      tar = raw;
    } else if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) {
      tar = new GzipCompressorInputStream(raw);
    } else if (lower.endsWith(".tar.bz2") || lower.endsWith(".tbz2")) {
      tar = new BZip2CompressorInputStream(raw);
    } else {
      return null;
    }
    List<ContextFile> inner = new ArrayList<>();
    try {
      readEntries(new TarArchiveInputStream(tar), inner, new String[1], false);
    } catch (IOException | BuildContextException e) {
      return null;
    }
    return inner;
  }

  private static InputStream nonClosing(InputStream in) throws IOException {
    return BoundedInputStream.builder().setInputStream(in).setPropagateClose(false).get();
  }

  /** Counts the bytes read from the upload itself, before any decompression. */
  private static final class CountingStream extends InputStream {
    private final InputStream in;
    private long count;

    CountingStream(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
