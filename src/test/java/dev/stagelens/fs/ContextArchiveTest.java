package dev.stagelens.fs;

import static dev.stagelens.testing.Tars.tar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stagelens.testing.Pipeline;
import dev.stagelens.testing.Tars.Entry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContextArchiveTest {

  private static ContextArchive.Contents read(byte[] tar, ContextLimits limits) {
    return ContextArchive.read(new ByteArrayInputStream(tar), limits);
  }

  @Test
  void gzipTar_givesEveryEntryWithItsSize() {
    byte[] archive =
        tar(
            true,
            Entry.dir("src/"),
            Entry.file("src/index.js", "console.log(1)\n"),
            Entry.symlink("current", "src/index.js"));
    List<String> files =
        read(archive, ContextLimits.DEFAULTS).files().stream()
            .map(f -> f.path() + ":" + f.kind() + ":" + f.bytes() + ":" + f.linkTarget())
            .toList();
    assertEquals(
        List.of("src:directory:0:", "src/index.js:file:15:", "current:symlink:0:src/index.js"),
        files);
  }

  @Test
  void symlinkLoop_isRecordedNotFollowed() {
    byte[] archive = tar(false, Entry.symlink("a", "b"), Entry.symlink("b", "a"));
    List<String> files =
        read(archive, ContextLimits.DEFAULTS).files().stream()
            .map(f -> f.path() + "->" + f.linkTarget())
            .toList();
    assertEquals(List.of("a->b", "b->a"), files);
  }

  @Test
  void rootDockerignore_isReadAndApplied() {
    byte[] archive =
        tar(
            false,
            Entry.file(".dockerignore", "*.log\n"),
            Entry.file("app.py", "print(1)\n"),
            Entry.file("debug.log", "x"));
    ContextArchive.Contents contents = read(archive, ContextLimits.DEFAULTS);
    assertEquals("*.log\n", contents.dockerignore());
    assertEquals(
        List.of(".dockerignore", "app.py"),
        contents.context(null).entries().stream().map(ContextFile::path).toList());
  }

  @Test
  void nestedTar_isListedForAdd() {
    byte[] inner = tar(true, Entry.file("bin/tool", "#!/bin/sh\n"));
    ContextFile vendor =
        read(tar(false, Entry.file("vendor.tgz", inner)), ContextLimits.DEFAULTS).files().get(0);
    assertEquals(List.of(ContextFile.file("bin/tool", 10)), vendor.archive());
  }

  @Test
  void plainFile_isNotTakenForAnArchive() {
    ContextFile file =
        read(tar(false, Entry.file("notes.txt", "x")), ContextLimits.DEFAULTS).files().get(0);
    assertNull(file.archive());
  }

  @Test
  void parentSegments_areRefused() {
    byte[] archive = tar(false, Entry.file("../etc/passwd", "x"));
    BuildContextException e =
        assertThrows(BuildContextException.class, () -> read(archive, ContextLimits.DEFAULTS));
    assertEquals(
        "context entry '../etc/passwd' points outside the context: remove its '../' segments",
        e.getMessage());
  }

  @Test
  void tooManyEntries_nameTheLimit() {
    byte[] archive = tar(false, Entry.file("a", "1"), Entry.file("b", "2"), Entry.file("c", "3"));
    ContextLimitException e =
        assertThrows(
            ContextLimitException.class, () -> read(archive, new ContextLimits(2, 100, 100, 10)));
    assertEquals("max-entries", e.limit());
    assertEquals("the context holds more than 2 entries", e.getMessage());
  }

  @Test
  void bigEntry_namesThePerEntryLimit() {
    byte[] archive = tar(false, Entry.file("big.bin", new byte[5000]));
    ContextLimitException e =
        assertThrows(
            ContextLimitException.class,
            () -> read(archive, new ContextLimits(10, 100_000, 4096, 1000)));
    assertEquals("max-entry-bytes", e.limit());
    assertEquals(
        "context entry 'big.bin' is 5000 bytes, over the per-entry limit of 4096", e.getMessage());
  }

  @Test
  void manyEntriesTogether_nameTheTotalLimit() {
    byte[] archive = tar(false, Entry.file("a", new byte[3000]), Entry.file("b", new byte[3000]));
    ContextLimitException e =
        assertThrows(
            ContextLimitException.class,
            () -> read(archive, new ContextLimits(10, 5000, 4096, 1000)));
    assertEquals("max-total-bytes", e.limit());
  }

  @Test
  void compressionBomb_namesTheRatioLimit() {
    byte[] archive = tar(true, Entry.file("zeros", new byte[4 << 20]));
    ContextLimitException e =
        assertThrows(
            ContextLimitException.class,
            () -> read(archive, new ContextLimits(10, 1L << 30, 1L << 30, 100)));
    assertEquals("max-ratio", e.limit());
  }

  @Test
  void garbage_isNotATar() {
    byte[] junk = "this is not a tar archive at all".repeat(40).getBytes(StandardCharsets.UTF_8);
    BuildContextException e =
        assertThrows(BuildContextException.class, () -> read(junk, ContextLimits.DEFAULTS));
    assertEquals(true, e.getMessage().startsWith("the context is not a readable tar"));
  }

  @Test
  void uploadedContext_givesExactSizesToTheTrackedPaths() {
    byte[] archive =
        tar(
            true,
            Entry.file("requirements.txt", "torch==2.4\n"),
            Entry.file("app/main.py", "print('hi')\n"));
    BuildContext context = read(archive, ContextLimits.DEFAULTS).context(null);
    FileReport report =
        Pipeline.run(
                "FROM python:3.12-slim\nWORKDIR /srv\nCOPY requirements.txt .\nCOPY app app\n",
                context)
            .files();
    FileState last = report.finalStates().get(0);
    assertEquals(11, last.get("/srv/requirements.txt").bytes());
    assertEquals(12, last.get("/srv/app/main.py").bytes());
  }
}
