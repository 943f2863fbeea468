package dev.stagelens.fs;

import dev.stagelens.parse.Deadline;
import dev.stagelens.parse.Limit;
import dev.stagelens.parse.LimitExceededException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Bounds on reading a build-context archive (tar, optionally gzip-compressed), and the reader that
 * enforces them: at most {@code maxEntries} entries and {@code maxBytes} decompressed bytes, no
 * entry whose name climbs out of the root, and no symbolic-link loop.
 *
 * <p>Decompressed bytes are counted as they are read, so a small gzip stream that expands without
 * end is stopped at the bound rather than after it has filled memory or disk. Leading slashes are
 * dropped from names, as tar does when it extracts.
 *
 * @param maxEntries the most entries one archive may hold
 * @param maxBytes the most bytes one archive may hold once decompressed, headers included
 */
public record ArchiveLimits(int maxEntries, long maxBytes) {

  /** The most symbolic links one path may pass through, as Linux's {@code MAXSYMLINKS}. */
  public static final int MAX_LINK_HOPS = 40;

  private static final int BLOCK = 512;

  /** One entry: its cleaned name, tar type flag, size and, for links, the link target. */
  public record Entry(String name, char type, long size, String linkTarget) {
    /** Whether this entry is a symbolic link. */
    public boolean isSymlink() {
      return type == '2';
    }
  }

  /**
   * Reads the entries of {@code archive}, checking every bound.
   *
   * @throws LimitExceededException for {@link Limit#ARCHIVE_ENTRIES} or {@link Limit#ARCHIVE_BYTES}
   * @throws ArchiveEntryException for an entry that escapes the root or a symbolic-link loop
   * @throws IOException when the archive is truncated or unreadable
   */
  public Map<String, Entry> read(InputStream archive) throws IOException {
    InputStream in = new CountingStream(decompressed(archive), maxBytes);
    Map<String, Entry> entries = new LinkedHashMap<>();
    byte[] header = new byte[BLOCK];
    while (readBlock(in, header) && !isZero(header)) {
      Deadline.check();
      Entry entry = entry(header);
      skip(in, (entry.size() + BLOCK - 1) / BLOCK * BLOCK);
      if (entries.size() == maxEntries) {
        throw new LimitExceededException(
            Limit.ARCHIVE_ENTRIES,
            maxEntries,
            "archive has more than " + maxEntries + " entries",
            0,
            0);
      }
      entries.put(entry.name(), entry);
    }
    entries.values().stream().filter(Entry::isSymlink).forEach(e -> resolve(entries, e.name()));
    return entries;
  }

  /**
   * Where {@code path} leads once every symbolic link on it is followed, relative to the root.
   *
   * @throws ArchiveEntryException after {@link #MAX_LINK_HOPS} links, a loop
   */
  public static String resolve(Map<String, Entry> entries, String path) {
    String current = path;
    for (int hops = 0; hops <= MAX_LINK_HOPS; hops++) {
      Entry entry = entries.get(current);
      if (entry == null || !entry.isSymlink()) {
        return current;
      }
      String target = entry.linkTarget();
      String base = target.startsWith("/") ? "/" : UnixPaths.parent("/" + current);
      current = UnixPaths.resolve(base, target).substring(1);
    }
    throw new ArchiveEntryException(
        "symbolic links from "
            + path
            + " pass through more than "
            + MAX_LINK_HOPS
            + " links; the archive holds a link loop",
        path);
  }

  private static InputStream decompressed(InputStream archive) throws IOException {
    BufferedInputStream in = new BufferedInputStream(archive);
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    return first == 0x1f && second == 0x8b ? new GZIPInputStream(in) : in;
  }

  private static Entry entry(byte[] header) {
    String name = text(header, 0, 100);
    if (text(header, 257, 5).equals("ustar")) {
      String prefix = text(header, 345, 155);
      name = prefix.isEmpty() ? name : prefix + "/" + name;
    }
    return new Entry(
        safeName(name), (char) header[156], octal(header, 124, 12), text(header, 157, 100));
  }

  /** The name relative to the root, refusing one whose {@code ..} parts climb out of it. */
  static String safeName(String name) {
    int depth = 0;
    for (String part : name.split("/")) {
      if (part.equals("..")) {
        depth--;
      } else if (!part.isEmpty() && !part.equals(".")) {
        depth++;
      }
      if (depth < 0) {
        throw new ArchiveEntryException(
            "archive entry " + name + " climbs out of the extraction root", name);
      }
    }
    return UnixPaths.clean("/" + name).substring(1);
  }

  private static String text(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.UTF_8);
  }

  private static long octal(byte[] header, int offset, int length) {
    String digits = text(header, offset, length).trim();
    try {
      return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
    } catch (NumberFormatException e) {
      throw new ArchiveEntryException("archive entry size " + digits + " is not octal", digits);
    }
  }

  private static boolean readBlock(InputStream in, byte[] block) throws IOException {
    int filled = in.readNBytes(block, 0, BLOCK);
    if (filled == 0) {
      return false;
    }
    if (filled < BLOCK) {
      throw new EOFException("archive ends inside a header");
    }
    return true;
  }

  private static boolean isZero(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private static void skip(InputStream in, long bytes) throws IOException {
    long left = bytes;
    byte[] buffer = new byte[8 * BLOCK];
    while (left > 0) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        throw new EOFException("archive ends inside an entry");
      }
      left -= read;
    }
  }

  /** Counts decompressed bytes and stops at the bound. */
  private static final class CountingStream extends FilterInputStream {
    private final long maxBytes;
    private long count;

    CountingStream(InputStream in, long maxBytes) {
      super(in);
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      if (read > 0) {
        counted(read);
      }
      return read;
    }

    private void counted(long bytes) {
      count += bytes;
      if (count > maxBytes) {
        throw new LimitExceededException(
            Limit.ARCHIVE_BYTES,
            maxBytes,
            "archive holds more than " + maxBytes + " bytes once decompressed",
            0,
            0);
      }
    }
  }
}
