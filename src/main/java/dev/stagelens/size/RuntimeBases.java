package dev.stagelens.size;

import dev.stagelens.graph.ImageReference;
import java.util.Locale;
import java.util.Optional;

/** The runtime image that does the work of a toolchain base at run time. */
public final class RuntimeBases {

  private RuntimeBases() {}

  /** The runtime image to suggest for {@code base}, or empty when it is already one. */
  public static Optional<String> runtimeFor(ImageReference base) {
    String name = base.familiarName();
    String tag = base.tag().toLowerCase(Locale.ROOT);
    boolean light = tag.contains("slim") || tag.contains("alpine");
    return switch (name) {
      case "nvidia/cuda", "pytorch/pytorch" ->
          tag.contains("devel")
              ? Optional.of(name + ":" + tag.replace("devel", "runtime"))
              : Optional.empty();
      case "eclipse-temurin" ->
          tag.contains("jre")
              ? Optional.empty()
              : Optional.of("eclipse-temurin:" + javaVersion(tag) + "-jre");
      case "maven", "gradle" -> Optional.of("eclipse-temurin:" + javaVersion(tag) + "-jre");
      case "python", "node" ->
          light ? Optional.empty() : Optional.of(name + ":" + versionPart(tag) + "-slim");
      case "golang", "rust", "gcc" -> Optional.of("debian:bookworm-slim");
      default -> Optional.empty();
    };
  }

  private static String javaVersion(String tag) {
    return statedJavaVersion(tag).orElse("21");
  }

  /** The Java feature release a tag names, such as 17 in {@code 3.9-eclipse-temurin-17}. */
  public static Optional<String> statedJavaVersion(String tag) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?:^|-|jdk)(8|11|17|21|25)(?:-|$)").matcher(tag);
    String found = null;
    while (m.find()) {
      found = m.group(1);
    }
    return Optional.ofNullable(found);
  }

  private static String versionPart(String tag) {
    int dash = tag.indexOf('-');
    String head = dash < 0 ? tag : tag.substring(0, dash);
    return head.equals("latest") ? "slim" : head;
  }
}
