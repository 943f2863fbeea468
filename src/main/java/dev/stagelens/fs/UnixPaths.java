package dev.stagelens.fs;

import java.util.ArrayDeque;
import java.util.Deque;

/** Absolute Unix path arithmetic as the build sees it inside a container, whatever the host. */
public final class UnixPaths {

  private UnixPaths() {}

  /** {@code path} resolved against {@code dir} and cleaned of {@code .}, {@code ..} and slashes. */
  public static String resolve(String dir, String path) {
    if (path.startsWith("/")) {
      return clean(path);
    }
    return clean(dir + "/" + path);
  }

  /** The cleaned absolute form of {@code path}: no empty, {@code .} or {@code ..} segments. */
  public static String clean(String path) {
    if (isClean(path)) {
      return path;
    }
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(part);
      }
    }
    return parts.isEmpty() ? "/" : "/" + String.join("/", parts);
  }

  /** True when {@code path} is absolute with no empty, {@code .} or {@code ..} segment. */
  private static boolean isClean(String path) {
    if (path.isEmpty() || path.charAt(0) != '/') {
      return false;
    }
    int start = 1;
    for (int i = 1; i <= path.length() && path.length() > 1; i++) {
      if (i == path.length() || path.charAt(i) == '/') {
        if (isDotsOrEmpty(path, start, i)) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  private static boolean isDotsOrEmpty(String path, int start, int end) {
    int length = end - start;
    return length == 0 || (length <= 2 && path.charAt(start) == '.' && path.charAt(end - 1) == '.');
  }

  /** The last segment of {@code path}, ignoring a trailing slash. */
  public static String baseName(String path) {
    String trimmed =
        path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    int slash = trimmed.lastIndexOf('/');
    return slash < 0 ? trimmed : trimmed.substring(slash + 1);
  }

  /** The directory holding {@code path}; {@code /} for a top-level path. */
  public static String parent(String path) {
    String clean = clean(path);
    int slash = clean.lastIndexOf('/');
    return slash <= 0 ? "/" : clean.substring(0, slash);
  }

  /** True when {@code path} is {@code dir} itself or lies below it. */
  public static boolean isWithin(String path, String dir) {
    if (dir.equals("/")) {
      return true;
    }
    return path.equals(dir) || (path.startsWith(dir) && path.charAt(dir.length()) == '/');
  }
}
