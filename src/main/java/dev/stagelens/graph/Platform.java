package dev.stagelens.graph;

import java.util.Locale;

/**
 * A platform as {@code os/arch[/variant]}, normalised as containerd normalises it.
 *
 * @param os the operating system, such as {@code linux}
 * @param architecture the architecture, such as {@code amd64} or {@code arm64}
 * @param variant the variant such as {@code v8}, empty when none
 */
public record Platform(String os, String architecture, String variant) {

  /** The default platform of a build here. */
  public static final Platform LINUX_AMD64 = new Platform("linux", "amd64", "");

  /**
   * Parses {@code text} such as {@code linux/arm64/v8}.
   *
   * @throws IllegalArgumentException when the text is not of that form
   */
  public static Platform parse(String text) {
    String[] parts = text.trim().toLowerCase(Locale.ROOT).split("/", -1);
    if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw new IllegalArgumentException(
          "invalid platform \"" + text + "\": expected os/arch or os/arch/variant");
    }
    String arch = parts[1];
    String variant = parts.length == 3 ? parts[2] : "";
    switch (arch) {
      case "x86_64", "x86-64" -> arch = "amd64";
      case "aarch64" -> {
        arch = "arm64";
        variant = variant.equals("v8") ? "" : variant;
      }
      case "arm64" -> variant = variant.equals("v8") ? "" : variant;
      case "armhf" -> {
        arch = "arm";
        variant = "v7";
      }
      case "armel" -> {
        arch = "arm";
        variant = "v6";
      }
      case "arm" -> variant = variant.isEmpty() ? "v7" : variant;
      case "i386" -> arch = "386";
      default -> {}
    }
    return new Platform(parts[0], arch, variant);
  }

  /** The platform as {@code os/arch[/variant]}. */
  @Override
  public String toString() {
    return os + "/" + architecture + (variant.isEmpty() ? "" : "/" + variant);
  }
}
