package dev.stagelens.size;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Every package of one Debian release for amd64, with its installed size and relations, read once
 * from {@code data/debian/<release>-amd64.tsv.gz} and shared by all requests.
 *
 * <p>Installing follows apt: Pre-Depends, Depends and, when asked, Recommends, recursively; for an
 * alternative {@code a | b} a package already present wins, else the first one the archive has; a
 * virtual name resolves to a package that provides it.
 */
public final class DebianArchive {

  /** The releases the shipped data covers. */
  public static final List<String> RELEASES = List.of("bookworm", "trixie");

  private static final Map<String, DebianArchive> LOADED = new ConcurrentHashMap<>();
  private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

  private final Map<String, Pkg> packages;
  private final Map<String, List<String>> providers;
  private final Set<String> minimalBase;

  private DebianArchive(
      Map<String, Pkg> packages, Map<String, List<String>> providers, List<String> seeds) {
    this.packages = packages;
    this.providers = providers;
    this.minimalBase = Set.copyOf(closure(seeds, false, Set.of()));
  }

  /**
   * One package.
   *
   * @param name the package name
   * @param installedBytes Installed-Size in bytes (the index gives KiB)
   * @param relations the Pre-Depends and Depends groups of alternatives
   * @param recommends the Recommends groups
   */
  record Pkg(String name, long installedBytes, Groups relations, Groups recommends) {}

  /**
   * Groups of alternatives kept flat, group {@code i} being {@code names[ends[i-1]..ends[i])}: two
   * arrays per package instead of a list per group, which for 130,000 packages is most of the
   * archive's memory.
   */
  static final class Groups {
    private static final Groups NONE = new Groups(new String[0], new int[0]);

    private final String[] names;
    private final int[] ends;

    private Groups(String[] names, int[] ends) {
      this.names = names;
      this.ends = ends;
    }

    static Groups of(List<List<String>> groups) {
      if (groups.isEmpty()) {
        return NONE;
      }
      int[] ends = new int[groups.size()];
      List<String> names = new ArrayList<>();
      for (int i = 0; i < groups.size(); i++) {
        names.addAll(groups.get(i));
        ends[i] = names.size();
      }
      return new Groups(names.toArray(String[]::new), ends);
    }

    int size() {
      return ends.length;
    }

    /** Where group {@code i}'s alternatives start. */
    int start(int i) {
      return i == 0 ? 0 : ends[i - 1];
    }

    /** Where group {@code i}'s alternatives end, exclusive. */
    int end(int i) {
      return ends[i];
    }

    String name(int at) {
      return names[at];
    }
  }

  /** The archive of {@code release}, loaded on first use. */
  public static DebianArchive of(String release) {
    if (!RELEASES.contains(release)) {
      throw new IllegalArgumentException(
          "no Debian data for release " + release + "; known releases: " + RELEASES);
    }
    return LOADED.computeIfAbsent(release, DebianArchive::load);
  }

  private static DebianArchive load(String release) {
    String resource = "/data/debian/" + release + "-amd64.tsv.gz";
    try (InputStream raw = DebianArchive.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("resource " + resource + " is missing from the classpath");
      }
      BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      return parse(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static DebianArchive parse(BufferedReader reader) throws IOException {
    Map<String, Pkg> packages = new HashMap<>();
    Map<String, List<String>> providers = new HashMap<>();
    List<String> seeds = new ArrayList<>(List.of("apt"));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.startsWith("#") || line.startsWith("package\t")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < 11) {
        continue;
      }
      String name = intern(cells[0]);
      List<List<String>> relations = new ArrayList<>(relations(cells[6]));
      relations.addAll(relations(cells[7]));
      long bytes = cells[2].isBlank() ? 0 : Long.parseLong(cells[2].trim()) * 1024;
      Groups recommends = Groups.of(relations(cells[8]));
      packages.put(name, new Pkg(name, bytes, Groups.of(relations), recommends));
      for (List<String> provided : relations(cells[9])) {
        providers.computeIfAbsent(provided.get(0), k -> new ArrayList<>()).add(name);
      }
      if (cells[5].equals("yes") || cells[4].equals("required")) {
        seeds.add(name);
      }
    }
    return new DebianArchive(packages, providers, seeds);
  }

  /**
   * The one instance of {@code name} the archives keep: package names recur in thousands of
   * relations and in both releases, and sharing them keeps the data to a fraction of its size.
   */
  private static String intern(String name) {
    String known = NAMES.putIfAbsent(name, name);
    return known == null ? name : known;
  }

  /**
   * The package name that leads a relation such as {@code libc6:any (>= 2.34) [amd64] <!nocheck>}:
   * everything before the architecture qualifier, version, architecture list or build profile.
   */
  private static String packageName(String alternative) {
    String text = alternative.strip();
    int end = 0;
    while (end < text.length() && " :([<".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return text.substring(0, end);
  }

  /** Parses a relation field: groups split by commas, alternatives by bars, versions dropped. */
  static List<List<String>> relations(String field) {
    List<List<String>> groups = new ArrayList<>();
    for (String group : field.split(",")) {
      List<String> alternatives = new ArrayList<>();
      for (String alternative : group.split("\\|")) {
        String name = packageName(alternative);
        if (!name.isEmpty()) {
          alternatives.add(intern(name));
        }
      }
      if (!alternatives.isEmpty()) {
        groups.add(List.copyOf(alternatives));
      }
    }
    return List.copyOf(groups);
  }

  /**
   * The packages a minimal Debian root holds: the essential and required ones and apt, with their
   * dependencies, as {@code debootstrap --variant=minbase} installs them for the official images.
   */
  public Set<String> minimalBase() {
    return minimalBase;
  }

  /** True when the archive has a package or a provider of {@code name}. */
  public boolean knows(String name) {
    return resolve(name, candidate -> false) != null;
  }

  /** The installed size of {@code name} in bytes, or 0 when the archive lacks it. */
  public long installedBytes(String name) {
    Pkg pkg = packages.get(name);
    return pkg == null ? 0 : pkg.installedBytes();
  }

  /**
   * The packages apt adds when asked for {@code names} on a system that holds {@code installed}, in
   * the order apt meets them; names the archive lacks are skipped.
   */
  public List<String> closure(List<String> names, boolean recommends, Set<String> installed) {
    Set<String> added = new LinkedHashSet<>();
    Seen seen = name -> installed.contains(name) || added.contains(name);
    Deque<String> todo = new ArrayDeque<>(names);
    while (!todo.isEmpty()) {
      String name = resolve(todo.pop(), seen);
      if (name == null || seen.contains(name)) {
        continue;
      }
      added.add(name);
      Pkg pkg = packages.get(name);
      follow(pkg.relations(), seen, todo);
      if (recommends) {
        follow(pkg.recommends(), seen, todo);
      }
    }
    return new ArrayList<>(added);
  }

  /**
   * The packages present so far: those installed before plus those the closure added, read in place
   * rather than copied into one set, as the installed ones are most of a minimal root.
   */
  private interface Seen {
    boolean contains(String name);
  }

  private void follow(Groups groups, Seen seen, Deque<String> todo) {
    for (int i = 0; i < groups.size(); i++) {
      String chosen = choose(groups, i, seen);
      if (chosen != null) {
        todo.add(chosen);
      }
    }
  }

  private String choose(Groups groups, int group, Seen seen) {
    String first = null;
    for (int at = groups.start(group); at < groups.end(group); at++) {
      String resolved = resolve(groups.name(at), seen);
      if (resolved != null && seen.contains(resolved)) {
        return null;
      }
      if (resolved != null && first == null) {
        first = resolved;
      }
    }
    return first;
  }

  private String resolve(String name, Seen seen) {
    if (packages.containsKey(name)) {
      return name;
    }
    List<String> candidates = providers.getOrDefault(name, List.of());
    for (String candidate : candidates) {
      if (seen.contains(candidate)) {
        return candidate;
      }
    }
    return candidates.isEmpty() ? null : candidates.get(0);
  }
}
