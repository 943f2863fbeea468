package dev.stagelens.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Builds tar archives in memory for tests of context uploads. */
public final class Tars {

  private Tars() {}

  /** A tar entry to write: a file with content, a directory, or a symlink to {@code link}. */
  public record Entry(String name, byte[] data, String link, boolean dir) {

    /** A file holding {@code text} in UTF-8. */
    public static Entry file(String name, String text) {
      return new Entry(name, text.getBytes(StandardCharsets.UTF_8), null, false);
    }

    /** A file holding {@code data}. */
    public static Entry file(String name, byte[] data) {
      return new Entry(name, data, null, false);
    }

    /** A directory. */
    public static Entry dir(String name) {
      return new Entry(name, new byte[0], null, true);
    }

    /** A symlink to {@code target}. */
    public static Entry symlink(String name, String target) {
      return new Entry(name, null, target, false);
    }
  }

  /** The archive of {@code entries}, gzip-compressed when {@code gzip}. */
  public static byte[] tar(boolean gzip, Entry... entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream raw = gzip ? new GzipCompressorOutputStream(bytes) : bytes;
        TarArchiveOutputStream out = new TarArchiveOutputStream(raw)) {
      out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Entry entry : entries) {
        write(out, entry);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void write(TarArchiveOutputStream out, Entry entry) throws IOException {
    TarArchiveEntry tarEntry;
    if (entry.link() != null) {
      tarEntry = new TarArchiveEntry(entry.name(), TarArchiveEntry.LF_SYMLINK);
      tarEntry.setLinkName(entry.link());
    } else {
      tarEntry = new TarArchiveEntry(entry.name());
      tarEntry.setSize(entry.dir() ? 0 : entry.data().length);
    }
    out.putArchiveEntry(tarEntry);
    if (entry.link() == null && !entry.dir()) {
      out.write(entry.data());
    }
    out.closeArchiveEntry();
  }
}
