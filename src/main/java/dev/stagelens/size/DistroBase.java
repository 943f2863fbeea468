package dev.stagelens.size;

import dev.stagelens.graph.ImageReference;
import java.util.Locale;
import java.util.Optional;

/**
 * The Debian-family distribution a base image runs, as far as the package data can model it.
 *
 * @param distribution what the image is built on, such as {@code debian} or {@code ubuntu}
 * @param release the Debian release whose package data is used
 * @param slim true when the image drops docs, man pages and locales (the {@code -slim} variants)
 * @param proxy true when the release is a stand-in (Ubuntu, or a release read from no data)
 */
public record DistroBase(String distribution, String release, boolean slim, boolean proxy) {

  /** The current Debian stable release, used when nothing names another one. */
  static final String STABLE = "trixie";

  /**
   * The distribution of {@code ref} read from its tag and the catalog's note on it; empty for
   * Alpine, busybox and other images apt does not run on.
   */
  static Optional<DistroBase> of(ImageReference ref, String note) {
    String name = ref.familiarName().toLowerCase(Locale.ROOT);
    String tag = ref.tag() == null ? "latest" : ref.tag().toLowerCase(Locale.ROOT);
    String text = name + " " + tag + " " + note.toLowerCase(Locale.ROOT);
    if (text.contains("alpine") || name.contains("busybox") || name.contains("distroless")) {
      return Optional.empty();
    }
    boolean slim = tag.contains("slim");
    if (text.contains("ubuntu") || name.equals("ubuntu")) {
      return Optional.of(new DistroBase("ubuntu", STABLE, slim, true));
    }
    if (text.contains("bookworm") || (name.equals("debian") && tag.startsWith("12"))) {
      return Optional.of(new DistroBase("debian", "bookworm", slim, false));
    }
    if (text.contains("trixie") || (name.equals("debian") && tag.startsWith("13"))) {
      return Optional.of(new DistroBase("debian", "trixie", slim, false));
    }
    boolean official = name.equals("debian");
    return Optional.of(new DistroBase("debian", STABLE, slim, !official));
  }
}
