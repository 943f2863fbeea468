package dev.stagelens.fs;

import java.util.Locale;
import java.util.Set;

/**
 * What a COPY or ADD source from the build context writes when the context itself is not known: its
 * shape is read from the name, and the certainty says how far that reading goes.
 */
public final class ContextSources {

  private static final Set<String> FILE_NAMES =
      Set.of(
          "Dockerfile",
          "Makefile",
          "LICENSE",
          "Gemfile",
          "Pipfile",
          "Procfile",
          "go.mod",
          "go.sum",
          "Cargo.lock",
          "gradlew",
          "mvnw");
  private static final Set<String> ARCHIVE_SUFFIXES =
      Set.of(".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar.zst");

  private ContextSources() {}

  /** The change {@code keyword} makes by copying {@code source} to {@code dest}. */
  static PathChange change(String keyword, String source, String dest, boolean intoDir) {
    String reason = keyword + " " + source;
    if (isRemote(source)) {
      return remote(keyword, source, dest, intoDir, reason);
    }
    if (keyword.equals("ADD") && isArchive(source)) {
      return PathChange.create(dest, "extracted", Certainty.UNKNOWN, reason);
    }
    if (hasGlob(source)) {
      String pattern = intoDir ? UnixPaths.resolve(dest, UnixPaths.baseName(source)) : dest;
      return PathChange.create(pattern, "file", Certainty.UNKNOWN, reason);
    }
    if (looksLikeFile(source)) {
      String to = intoDir ? UnixPaths.resolve(dest, UnixPaths.baseName(source)) : dest;
      return PathChange.create(to, "file", Certainty.DECLARED, reason);
    }
    String contents =
        UnixPaths.clean(source).equals("/") ? dest + "/*" : dest.equals("/") ? "/*" : dest + "/*";
    return PathChange.create(UnixPaths.clean(contents), "context", Certainty.UNKNOWN, reason);
  }

  private static PathChange remote(
      String keyword, String source, String dest, boolean intoDir, String reason) {
    if (isGit(source)) {
      return PathChange.create(dest, "source", Certainty.DECLARED, reason);
    }
    String name = UnixPaths.baseName(source.replaceAll("[?#].*$", ""));
    String to = intoDir ? UnixPaths.resolve(dest, name) : dest;
    return PathChange.create(to, "download", Certainty.DECLARED, reason);
  }

  /** True when {@code source} is a URL or a git repository rather than a context path. */
  public static boolean isRemote(String source) {
    String lower = source.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") || isGit(source);
  }

  /** True when {@code source} names a git repository, as ADD reads it. */
  public static boolean isGit(String source) {
    String lower = source.toLowerCase(Locale.ROOT);
    return lower.startsWith("git@")
        || lower.startsWith("git://")
        || (lower.startsWith("https://") && lower.replaceAll("[?#].*$", "").endsWith(".git"));
  }

  /** True when {@code source} is named like a tar archive, which ADD extracts from the context. */
  public static boolean isArchive(String source) {
    String lower = source.toLowerCase(Locale.ROOT);
    return ARCHIVE_SUFFIXES.stream().anyMatch(lower::endsWith);
  }

  private static boolean hasGlob(String source) {
    return source.contains("*") || source.contains("?") || source.contains("[");
  }

  private static boolean looksLikeFile(String source) {
    if (source.endsWith("/") || source.equals(".") || source.equals("..")) {
      return false;
    }
    String name = UnixPaths.baseName(source);
    int dot = name.lastIndexOf('.');
    return FILE_NAMES.contains(name) || (dot > 0 && dot < name.length() - 1);
  }
}
