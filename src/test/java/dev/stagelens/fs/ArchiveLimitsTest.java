package dev.stagelens.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.stagelens.parse.Limit;
import dev.stagelens.parse.LimitExceededException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ArchiveLimitsTest {

  private static final ArchiveLimits LIMITS = new ArchiveLimits(10, 1 << 20);

  /** A ustar archive of the given headers, each with {@code size} zero bytes of content. */
  private static byte[] tar(List<byte[]> headers) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    headers.forEach(out::writeBytes);
    out.writeBytes(new byte[1024]);
    return out.toByteArray();
  }

  private static byte[] header(String name, char type, int size, String link) {
    byte[] both = new byte[512 + (size + 511) / 512 * 512];
    System.arraycopy(headerBlock(name, type, size, link), 0, both, 0, 512);
    return both;
  }

  private static byte[] headerBlock(String name, char type, int size, String link) {
    byte[] block = new byte[512];
    put(block, 0, name);
    put(block, 124, String.format("%011o", size));
    block[156] = (byte) type;
    put(block, 157, link);
    put(block, 257, "ustar");
    return block;
  }

  private static void put(byte[] block, int offset, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(bytes, 0, block, offset, bytes.length);
  }

  private static ByteArrayInputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  @Test
  void read_plainEntries_namesThemRelativeToTheRoot() throws IOException {
    byte[] archive = tar(List.of(header("./app/", '5', 0, ""), header("/app/a.txt", '0', 3, "")));

    assertEquals(List.of("app", "app/a.txt"), List.copyOf(LIMITS.read(in(archive)).keySet()));
  }

  @Test
  void read_entryClimbingOutOfTheRoot_isRefusedNamingIt() {
    byte[] archive = tar(List.of(header("app/../../etc/passwd", '0', 4, "")));

    ArchiveEntryException e =
        assertThrows(ArchiveEntryException.class, () -> LIMITS.read(in(archive)));

    assertEquals(
        List.of(
            "archive entry app/../../etc/passwd climbs out of the extraction root",
            "app/../../etc/passwd"),
        List.of(e.getMessage(), e.entry()));
  }

  @Test
  void read_symlinkLoop_isRefusedAfterTheHopLimit() {
    byte[] archive = tar(List.of(header("a", '2', 0, "b"), header("b", '2', 0, "./a")));

    ArchiveEntryException e =
        assertThrows(ArchiveEntryException.class, () -> LIMITS.read(in(archive)));

    assertEquals(
        "symbolic links from a pass through more than 40 links; the archive holds a link loop",
        e.getMessage());
  }

  @Test
  void read_symlinkChain_resolvesToItsEnd() throws IOException {
    byte[] archive =
        tar(
            List.of(
                header("x/real", '0', 1, ""),
                header("x/l1", '2', 0, "real"),
                header("l2", '2', 0, "/x/l1")));

    assertEquals("x/real", ArchiveLimits.resolve(LIMITS.read(in(archive)), "l2"));
  }

  @Test
  void read_moreEntriesThanTheLimit_isALimitFault() {
    List<byte[]> headers = new java.util.ArrayList<>();
    for (int i = 0; i < 11; i++) {
      headers.add(header("f" + i, '0', 0, ""));
    }

    LimitExceededException e =
        assertThrows(LimitExceededException.class, () -> LIMITS.read(in(tar(headers))));

    assertEquals(List.of(Limit.ARCHIVE_ENTRIES, 10L), List.of(e.limit(), e.value()));
  }

  @Test
  void read_gzipBomb_stopsAtTheByteLimitWithoutInflatingIt() throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
      gzip.write(headerBlock("bomb", '0', 64 << 20, ""));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        gzip.write(zeros);
      }
    }
    byte[] bomb = compressed.toByteArray();

    LimitExceededException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () -> assertThrows(LimitExceededException.class, () -> LIMITS.read(in(bomb))));

    assertEquals(List.of(Limit.ARCHIVE_BYTES, 1_048_576L), List.of(e.limit(), e.value()));
    assertEquals(true, bomb.length < 2 << 20, "compressed size " + bomb.length);
  }
}
