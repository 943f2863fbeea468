package dev.stagelens.size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagelens.fs.TrackedPath;
import dev.stagelens.fs.UnixPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Default sizes of what steps write, loaded once from {@code knowledge/size-defaults.json}: the
 * fallback when neither the build context nor package data says more.
 */
public final class SizeDefaults {

  private static final String RESOURCE = "/knowledge/size-defaults.json";
  private static final SizeEstimate NOTHING_KNOWN =
      new SizeEstimate(0, 0, 1_000_000_000L, "no default for this kind of path");

  private final List<Row> rows;

  private SizeDefaults(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /** One default: matched by exact path, or by kind and program, or by kind. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Row(
      String path, String kind, String program, long bytes, long low, long high, String basis) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record File(List<Row> rows) {}

  /** The defaults shipped with stagelens. */
  public static SizeDefaults load() {
    try (InputStream in = SizeDefaults.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
      }
      return new SizeDefaults(new ObjectMapper().readValue(in, File.class).rows());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The default estimate for {@code entry}, from the most specific matching row. */
  public SizeEstimate estimate(TrackedPath entry) {
    return estimate(entry.path(), entry.kind(), entry.content());
  }

  /** The default estimate for a path of {@code kind} written by the command {@code content}. */
  public SizeEstimate estimate(String path, String kind, String content) {
    String program = program(content);
    Row byKind = null;
    Row byProgram = null;
    for (Row row : rows) {
      if (path.equals(row.path())) {
        return toEstimate(row);
      }
      if (row.path() == null && kind.equals(row.kind())) {
        if (row.program() == null) {
          byKind = byKind == null ? row : byKind;
        } else if (row.program().equals(program)) {
          byProgram = byProgram == null ? row : byProgram;
        }
      }
    }
    Row best = byProgram != null ? byProgram : byKind;
    return best == null ? NOTHING_KNOWN : toEstimate(best);
  }

  private static SizeEstimate toEstimate(Row row) {
    return new SizeEstimate(row.bytes(), row.low(), row.high(), row.basis());
  }

  /** The program named first in a command, without its directory. */
  static String program(String content) {
    String trimmed = content.strip();
    int space = trimmed.indexOf(' ');
    String first = space < 0 ? trimmed : trimmed.substring(0, space);
    return UnixPaths.baseName(first);
  }
}
