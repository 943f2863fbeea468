package dev.stagelens.fs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The paths present in one stage at one point of its build: an immutable snapshot.
 *
 * <p>Only what steps write is tracked; the base image's own content is an opaque root.
 */
public final class FileState {

  /** A stage with nothing written on top of its base. */
  public static final FileState EMPTY = new FileState(new TreeMap<>());

  private final NavigableMap<String, TrackedPath> paths;

  private FileState(NavigableMap<String, TrackedPath> paths) {
    this.paths = Collections.unmodifiableNavigableMap(paths);
  }

  /** The tracked paths in path order. */
  public Collection<TrackedPath> paths() {
    return paths.values();
  }

  /** The entry at exactly {@code path}, or null. */
  public TrackedPath get(String path) {
    return paths.get(path);
  }

  /** True when {@code path} is tracked. */
  public boolean contains(String path) {
    return paths.containsKey(path);
  }

  /** The tracked paths at or below {@code dir}, in path order. */
  public List<TrackedPath> within(String dir) {
    return within(paths, dir);
  }

  private static List<TrackedPath> within(NavigableMap<String, TrackedPath> paths, String dir) {
    List<TrackedPath> out = new ArrayList<>();
    for (TrackedPath entry : paths.tailMap(dir, true).values()) {
      if (!UnixPaths.isWithin(entry.path(), dir)) {
        break;
      }
      out.add(entry);
    }
    return out;
  }

  /** A builder starting from this state, for the changes of one step. */
  public Editor edit() {
    return new Editor(this);
  }

  /**
   * Applies the changes of one step, then freezes the result.
   *
   * <p>The editor copies its starting state's paths only on the first change, so a step that writes
   * nothing shares its state with the step before instead of copying every path twice.
   */
  public static final class Editor {
    private FileState base;
    private NavigableMap<String, TrackedPath> written;

    private Editor(FileState base) {
      this.base = base;
    }

    private NavigableMap<String, TrackedPath> current() {
      return written == null ? base.paths : written;
    }

    private NavigableMap<String, TrackedPath> writable() {
      if (written == null) {
        written = new TreeMap<>(base.paths);
      }
      return written;
    }

    /** Records {@code entry}, replacing whatever was at its path. */
    public Editor put(TrackedPath entry) {
      writable().put(entry.path(), entry);
      return this;
    }

    /** Deletes {@code path} and everything below it. */
    public Editor remove(String path) {
      removeBelow(path, true);
      return this;
    }

    /** Deletes everything below {@code path}, keeping the path itself, emptied by {@code step}. */
    public Editor removeContents(String path, int step) {
      removeBelow(path, false);
      TrackedPath dir = current().get(path);
      if (dir != null) {
        writable().put(path, dir.emptied(step));
      }
      return this;
    }

    private void removeBelow(String path, boolean inclusive) {
      List<String> doomed = new ArrayList<>();
      for (Map.Entry<String, TrackedPath> entry : current().tailMap(path, true).entrySet()) {
        if (!UnixPaths.isWithin(entry.getKey(), path)) {
          break;
        }
        if (inclusive || !entry.getKey().equals(path)) {
          doomed.add(entry.getKey());
        }
      }
      if (!doomed.isEmpty()) {
        doomed.forEach(writable()::remove);
      }
    }

    /** The current entry at {@code path}, or null. */
    public TrackedPath get(String path) {
      return current().get(path);
    }

    /** The entries at or below {@code dir} right now. */
    public List<TrackedPath> within(String dir) {
      return FileState.within(current(), dir);
    }

    /** The frozen state; later changes through this editor start from it without altering it. */
    public FileState done() {
      if (written != null) {
        base = new FileState(written);
        written = null;
      }
      return base;
    }
  }
}
