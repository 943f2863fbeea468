package dev.stagelens.fs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The files of a build context as the build sees them: {@code .dockerignore} applied, directories
 * implied by the files below them, sizes exact.
 */
public final class BuildContext {

  private final TreeMap<String, ContextFile> entries;
  private final List<String> excluded;
  private final boolean ignoring;

  private BuildContext(
      TreeMap<String, ContextFile> entries, List<String> excluded, boolean ignoring) {
    this.entries = entries;
    this.excluded = List.copyOf(excluded);
    this.ignoring = ignoring;
  }

  /**
   * The context of {@code files} with {@code ignore} applied; a file listed twice keeps its last
   * entry, and every directory above a kept file is kept too.
   */
  public static BuildContext of(List<ContextFile> files, IgnorePatterns ignore) {
    Map<String, ContextFile> byPath = new LinkedHashMap<>();
    for (ContextFile file : files) {
      String path = relative(file.path());
      if (!path.isEmpty()) {
        byPath.put(path, withPath(file, path));
      }
    }
    TreeMap<String, ContextFile> kept = new TreeMap<>();
    List<String> excluded = new ArrayList<>();
    for (ContextFile file : byPath.values()) {
      if (ignore.excludes(file.path())) {
        excluded.add(file.path());
      } else {
        kept.put(file.path(), file);
      }
    }
    for (String path : new TreeSet<>(kept.keySet())) {
      for (String dir = parentOf(path); !dir.isEmpty(); dir = parentOf(dir)) {
        kept.putIfAbsent(dir, new ContextFile(dir, "directory", 0, "", null));
      }
    }
    return new BuildContext(kept, excluded, !ignore.isEmpty());
  }

  private static ContextFile withPath(ContextFile file, String path) {
    return new ContextFile(path, file.kind(), file.bytes(), file.linkTarget(), file.archive());
  }

  /** A context source path cleaned against the root: no leading slash, {@code ""} for the root. */
  static String relative(String path) {
    String clean = UnixPaths.clean("/" + path);
    return clean.equals("/") ? "" : clean.substring(1);
  }

  private static String parentOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** The entries kept, directories included, in path order. */
  public List<ContextFile> entries() {
    return List.copyOf(entries.values());
  }

  /**
   * True when the context has a {@code .dockerignore}: patterns were applied, or the context holds
   * the file itself.
   */
  public boolean hasDockerignore() {
    return ignoring || entries.containsKey(".dockerignore");
  }

  /** The paths {@code .dockerignore} left out, in the order given. */
  public List<String> excluded() {
    return excluded;
  }

  /** The entry at {@code path} (relative), or null; {@code ""} is the root directory. */
  public ContextFile get(String path) {
    String rel = relative(path);
    return rel.isEmpty() ? new ContextFile("", "directory", 0, "", null) : entries.get(rel);
  }

  /** The entries strictly below the directory {@code dir} (relative; {@code ""} for the root). */
  public List<ContextFile> below(String dir) {
    if (dir.isEmpty()) {
      return entries();
    }
    return List.copyOf(entries.subMap(dir + "/", true, dir + "0", false).values());
  }

  /**
   * The entries whose path matches {@code pattern} segment by segment with Go's {@code
   * filepath.Match} rules ({@code *}, {@code ?}, {@code [...]}, {@code \} escapes), as COPY and ADD
   * expand wildcards.
   */
  public List<ContextFile> glob(String pattern) {
    String[] segments = relative(pattern).split("/");
    List<java.util.regex.Pattern> compiled = new ArrayList<>();
    for (String segment : segments) {
      compiled.add(Globs.segment(segment));
    }
    List<ContextFile> out = new ArrayList<>();
    for (ContextFile entry : entries.values()) {
      String[] parts = entry.path().split("/");
      if (parts.length == segments.length && allMatch(compiled, parts)) {
        out.add(entry);
      }
    }
    return out;
  }

  private static boolean allMatch(List<java.util.regex.Pattern> segments, String[] parts) {
    for (int i = 0; i < parts.length; i++) {
      if (!segments.get(i).matcher(parts[i]).matches()) {
        return false;
      }
    }
    return true;
  }
}
