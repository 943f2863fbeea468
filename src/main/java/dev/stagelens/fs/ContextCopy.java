package dev.stagelens.fs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Expands the local sources of one COPY or ADD against a known build context, as BuildKit copies
 * them: wildcards match entry by entry, a directory gives its content and not itself, a file lands
 * at the destination or inside it, {@code --parents} keeps the source path (after a {@code /./}
 * pivot when there is one), {@code --exclude} drops matching entries, and ADD extracts the tar
 * archives it can list.
 */
final class ContextCopy {

  private final BuildContext context;
  private final boolean add;
  private final boolean parents;
  private final IgnorePatterns excludes;
  private final List<Placed> placed = new ArrayList<>();
  private final List<String> missing = new ArrayList<>();

  /**
   * One path the copy writes.
   *
   * @param path the absolute path in the stage
   * @param kind {@code file}, {@code directory}, {@code symlink} or {@code extracted}
   * @param bytes its exact size, or -1 when unknown
   * @param certainty how sure the write is
   * @param source the context path it comes from
   */
  record Placed(String path, String kind, long bytes, Certainty certainty, String source) {}

  /** What a copy writes, and which of its sources the context does not hold. */
  record Result(List<Placed> placed, List<String> missing) {}

  private ContextCopy(BuildContext context, boolean add, boolean parents, IgnorePatterns excludes) {
    this.context = context;
    this.add = add;
    this.parents = parents;
    this.excludes = excludes;
  }

  /** The paths that copying {@code sources} to {@code dest} writes. */
  static Result expand(
      BuildContext context,
      boolean add,
      boolean parents,
      List<String> excludes,
      List<String> sources,
      String dest,
      boolean intoDir) {
    ContextCopy copy = new ContextCopy(context, add, parents, IgnorePatterns.of(excludes));
    for (String source : sources) {
      copy.source(source, dest, intoDir);
    }
    return new Result(List.copyOf(copy.placed), List.copyOf(copy.missing));
  }

  private void source(String source, String dest, boolean intoDir) {
    List<ContextFile> matches = matches(source);
    if (matches.isEmpty()) {
      missing.add(source);
      return;
    }
    boolean many = intoDir || matches.size() > 1;
    for (ContextFile match : matches) {
      String root = parents ? UnixPaths.resolve(dest, kept(source, match.path())) : dest;
      if (match.isDirectory()) {
        directory(match, root);
      } else if (add && ContextSources.isArchive(match.path())) {
        extract(match, dest);
      } else if (parents || !many) {
        file(match, root);
      } else {
        file(match, UnixPaths.resolve(dest, UnixPaths.baseName(match.path())));
      }
    }
  }

  private List<ContextFile> matches(String source) {
    if (Globs.hasWildcard(source)) {
      return context.glob(source);
    }
    ContextFile entry = context.get(source);
    return entry == null ? List.of() : List.of(entry);
  }

  private static String kept(String source, String matched) {
    int pivot = source.indexOf("/./");
    if (pivot < 0) {
      return matched;
    }
    String prefix = BuildContext.relative(source.substring(0, pivot));
    int depth = prefix.isEmpty() ? 0 : prefix.split("/").length;
    String[] parts = matched.split("/");
    return String.join("/", Arrays.copyOfRange(parts, Math.min(depth, parts.length), parts.length));
  }

  private void directory(ContextFile dir, String root) {
    List<ContextFile> below = context.below(dir.path());
    int cut = dir.path().isEmpty() ? 0 : dir.path().length() + 1;
    for (ContextFile entry : below) {
      String rel = entry.path().substring(cut);
      if (excludes.excludes(rel) || (entry.isDirectory() && hasChildren(entry, below))) {
        continue;
      }
      put(entry, UnixPaths.resolve(root, rel));
    }
  }

  private static boolean hasChildren(ContextFile dir, List<ContextFile> entries) {
    String prefix = dir.path() + "/";
    return entries.stream().anyMatch(e -> e.path().startsWith(prefix));
  }

  private void file(ContextFile file, String to) {
    if (!excludes.excludes(UnixPaths.baseName(file.path()))) {
      put(file, to);
    }
  }

  private void extract(ContextFile archive, String dir) {
    if (archive.archive() == null) {
      placed.add(new Placed(dir, "extracted", -1, Certainty.UNKNOWN, archive.path()));
      return;
    }
    for (ContextFile entry : archive.archive()) {
      placed.add(
          new Placed(
              UnixPaths.resolve(dir, entry.path()),
              entry.kind(),
              entry.bytes(),
              Certainty.DECLARED,
              archive.path() + ":" + entry.path()));
    }
  }

  private void put(ContextFile entry, String to) {
    placed.add(new Placed(to, entry.kind(), entry.bytes(), Certainty.DECLARED, entry.path()));
  }
}
