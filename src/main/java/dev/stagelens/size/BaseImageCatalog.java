package dev.stagelens.size;

import dev.stagelens.graph.ImageReference;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Measured sizes of base images by image and tag, loaded once from {@code data/base-images.tsv}.
 *
 * <p>Each row of that file names its source. Rows of the same image and tag are merged, so one
 * entry may carry an on-disk size from one source and a compressed size from another. Lookups go
 * from the exact tag or an alias, to the same tag family (the nearest version with the same
 * variant, such as {@code -slim} or {@code -alpine}), to a wide default for unknown images.
 */
public final class BaseImageCatalog {

  /** Compressed size over on-disk size for Debian- and Ubuntu-based images (median 0.38). */
  static final double DEBIAN_COMPRESSION_RATIO = 0.38;

  /** Compressed size over on-disk size for Alpine- and busybox-based images (0.46 to 0.50). */
  static final double ALPINE_COMPRESSION_RATIO = 0.47;

  /** What an unknown image is assumed to weigh: the midpoint of a deliberately wide range. */
  static final SizeEstimate UNKNOWN_IMAGE =
      new SizeEstimate(
          300_000_000L, 5_000_000L, 3_000_000_000L, "unknown image: wide default range");

  private static final String RESOURCE = "/data/base-images.tsv";
  private static final double MEASURED_SPREAD = 0.03;
  private static final double DERIVED_SPREAD = 0.25;
  private static final double FAMILY_SPREAD = 0.20;

  private final Map<String, Map<String, Entry>> byImage;

  /**
   * Estimates already made, by reference: the catalog is immutable, so each is made once. The
   * references come from requests, so the memo stops growing at {@link #MEMO_LIMIT} entries.
   */
  private final Map<ImageReference, SizeEstimate> estimates = new ConcurrentHashMap<>();

  /** Distributions already read, by reference, bounded like {@link #estimates}. */
  private final Map<ImageReference, Optional<DistroBase>> distros = new ConcurrentHashMap<>();

  private static final int MEMO_LIMIT = 10_000;

  private BaseImageCatalog(Map<String, Map<String, Entry>> byImage) {
    this.byImage = byImage;
  }

  /** One image tag with the sizes known for it, in bytes; 0 where unknown. */
  record Entry(
      String image, String tag, long uncompressed, long compressed, String source, String note) {}

  /** The catalog shipped with stagelens. */
  public static BaseImageCatalog load() {
    try (InputStream in = BaseImageCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static BaseImageCatalog parse(BufferedReader reader) throws IOException {
    Map<String, Map<String, Entry>> byImage = new LinkedHashMap<>();
    reader.readLine();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String[] cells = line.split("\t", -1);
      if (cells.length < 8) {
        continue;
      }
      Map<String, Entry> tags = byImage.computeIfAbsent(cells[0], k -> new LinkedHashMap<>());
      long uncompressed = number(cells[4]);
      long compressed = number(cells[5]);
      String note = cells.length > 8 ? cells[8] : "";
      merge(tags, new Entry(cells[0], cells[1], uncompressed, compressed, cells[7], note));
      for (String alias : cells[2].split(",")) {
        if (!alias.isBlank() && !alias.equals("approx")) {
          merge(tags, new Entry(cells[0], alias.trim(), uncompressed, compressed, cells[7], note));
        }
      }
    }
    return new BaseImageCatalog(byImage);
  }

  private static void merge(Map<String, Entry> tags, Entry row) {
    tags.merge(
        row.tag(),
        row,
        (old, add) ->
            new Entry(
                old.image(),
                old.tag(),
                old.uncompressed() > 0 ? old.uncompressed() : add.uncompressed(),
                old.compressed() > 0 ? old.compressed() : add.compressed(),
                old.uncompressed() > 0 ? old.source() : add.source(),
                old.note() + " " + add.note()));
  }

  private static long number(String cell) {
    return cell.isBlank() ? 0 : Long.parseLong(cell.trim());
  }

  /** The estimated on-disk size of {@code ref}, with the data it rests on as its basis. */
  public SizeEstimate estimate(ImageReference ref) {
    return memo(estimates, ref, this::lookUp);
  }

  private static <T> T memo(
      Map<ImageReference, T> made, ImageReference ref, Function<ImageReference, T> make) {
    T known = made.get(ref);
    if (known != null) {
      return known;
    }
    T answer = make.apply(ref);
    if (made.size() < MEMO_LIMIT) {
      made.put(ref, answer);
    }
    return answer;
  }

  /** True when the catalog has data for {@code ref}'s tag or its tag family. */
  public boolean knows(ImageReference ref) {
    return estimate(ref) != UNKNOWN_IMAGE;
  }

  private SizeEstimate lookUp(ImageReference ref) {
    Map<String, Entry> tags = byImage.get(ref.familiarName());
    if (tags == null) {
      return UNKNOWN_IMAGE;
    }
    String tag = ref.tag() == null ? "latest" : ref.tag();
    Entry exact = tags.get(tag);
    if (exact != null && sized(exact)) {
      return measured(exact, ref.familiarName() + ":" + tag);
    }
    return nearest(tags, tag)
        .map(near -> family(near, ref.familiarName(), tag))
        .orElse(UNKNOWN_IMAGE);
  }

  /**
   * A catalog that answers {@code reference} (such as {@code debian:bookworm-slim}) with {@code
   * bytes}, for images built elsewhere than the official ones.
   */
  public BaseImageCatalog withMeasured(String reference, long bytes, String source) {
    ImageReference ref = ImageReference.parse(reference);
    String tag = ref.tag() == null ? "latest" : ref.tag();
    Map<String, Map<String, Entry>> copy = new LinkedHashMap<>();
    byImage.forEach((image, tags) -> copy.put(image, new LinkedHashMap<>(tags)));
    Map<String, Entry> tags = copy.computeIfAbsent(ref.familiarName(), k -> new LinkedHashMap<>());
    String note = tags.containsKey(tag) ? tags.get(tag).note() : "";
    tags.put(tag, new Entry(ref.familiarName(), tag, bytes, 0, source, note));
    return new BaseImageCatalog(copy);
  }

  /**
   * The Debian-family distribution {@code ref} runs, read from its tag and the notes of its rows;
   * empty for images apt does not run on.
   */
  public Optional<DistroBase> distro(ImageReference ref) {
    return memo(distros, ref, this::readDistro);
  }

  private Optional<DistroBase> readDistro(ImageReference ref) {
    Map<String, Entry> tags = byImage.getOrDefault(ref.familiarName(), Map.of());
    String tag = ref.tag() == null ? "latest" : ref.tag();
    Entry entry = tags.containsKey(tag) ? tags.get(tag) : nearest(tags, tag).orElse(null);
    return DistroBase.of(ref, entry == null ? "" : entry.tag() + " " + entry.note());
  }

  /** The compressed over uncompressed ratio for images built on {@code ref}. */
  public static double compressionRatio(ImageReference ref) {
    return compressionRatio(ref.familiarName() + ":" + (ref.tag() == null ? "" : ref.tag()));
  }

  private static boolean sized(Entry entry) {
    return entry.uncompressed() > 0 || entry.compressed() > 0;
  }

  private static SizeEstimate measured(Entry entry, String name) {
    if (entry.uncompressed() > 0) {
      return SizeEstimate.around(
          entry.uncompressed(),
          MEASURED_SPREAD,
          "measured size of " + name + " (" + origin(entry) + ")");
    }
    long derived = Math.round(entry.compressed() / compressionRatio(entry.tag()));
    return SizeEstimate.around(
        derived,
        DERIVED_SPREAD,
        "derived from the measured compressed size of " + name + " (" + origin(entry) + ")");
  }

  private static SizeEstimate family(Entry near, String image, String asked) {
    SizeEstimate base = measured(near, image + ":" + near.tag());
    long spread = Math.round(base.bytes() * FAMILY_SPREAD);
    return new SizeEstimate(
        base.bytes(),
        Math.max(0, base.low() - spread),
        base.high() + spread,
        "no data for " + image + ":" + asked + "; nearest known tag " + near.tag());
  }

  private static String origin(Entry entry) {
    String source = entry.source();
    int at = source.indexOf(" @ ");
    String shortSource = at < 0 ? source : source.substring(0, at);
    return shortSource.length() > 80 ? shortSource.substring(0, 80) : shortSource;
  }

  static double compressionRatio(String tag) {
    String lower = tag.toLowerCase(Locale.ROOT);
    return lower.contains("alpine") || lower.contains("busybox")
        ? ALPINE_COMPRESSION_RATIO
        : DEBIAN_COMPRESSION_RATIO;
  }

  private static Optional<Entry> nearest(Map<String, Entry> tags, String asked) {
    TagShape wanted = TagShape.of(asked);
    List<Entry> candidates = new ArrayList<>();
    for (Entry entry : tags.values()) {
      if (sized(entry) && TagShape.of(entry.tag()).variant().equals(wanted.variant())) {
        candidates.add(entry);
      }
    }
    return candidates.stream()
        .min(
            Comparator.comparingDouble((Entry e) -> TagShape.of(e.tag()).distance(wanted))
                .thenComparing(e -> e.uncompressed() > 0 ? 0 : 1));
  }

  /**
   * A tag split into its version and its variant, with Debian codenames dropped from the variant
   * because {@code 22} and {@code 22-bookworm} name the same build family.
   */
  record TagShape(double version, String variant) {

    private static final List<String> CODENAMES =
        List.of("bookworm", "trixie", "bullseye", "buster", "noble", "jammy", "focal");

    static TagShape of(String tag) {
      String lower = tag.toLowerCase(Locale.ROOT);
      int dash = lower.indexOf('-');
      String head = dash < 0 ? lower : lower.substring(0, dash);
      String tail = dash < 0 ? "" : lower.substring(dash + 1);
      double version = version(head);
      if (Double.isNaN(version)) {
        tail = lower;
      }
      return new TagShape(version, variant(tail));
    }

    private static String variant(String tail) {
      if (tail.contains("alpine")) {
        return "alpine";
      }
      if (tail.contains("slim")) {
        return "slim";
      }
      String rest = tail;
      for (String codename : CODENAMES) {
        rest = rest.replace(codename, "");
      }
      return rest.replaceAll("[-.0-9]", "").replace("latest", "");
    }

    private static double version(String head) {
      String[] parts = head.split("\\.");
      try {
        double major = Double.parseDouble(parts[0]);
        double minor = parts.length > 1 ? Double.parseDouble(parts[1]) / 100.0 : 0;
        return major + minor;
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }

    double distance(TagShape other) {
      if (Double.isNaN(version) || Double.isNaN(other.version)) {
        return Double.isNaN(version) && Double.isNaN(other.version) ? 0 : 1_000;
      }
      return Math.abs(version - other.version);
    }
  }
}
