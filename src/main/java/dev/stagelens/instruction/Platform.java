package dev.stagelens.instruction;

import dev.stagelens.parse.GoQuote;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A target or build platform such as {@code linux/arm64}, normalised as BuildKit normalises a
 * {@code --platform} value (containerd's {@code Parse} followed by {@code Normalize}).
 *
 * @param os the operating system, such as {@code linux}
 * @param architecture the CPU architecture, such as {@code amd64}
 * @param variant the CPU variant, such as {@code v7}; empty when none
 */
public record Platform(String os, String architecture, String variant) {
  private static final Pattern OS = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern COMPONENT = Pattern.compile("[A-Za-z0-9_.-]+");
  private static final List<String> KNOWN_OS =
      List.of(
          "aix",
          "android",
          "darwin",
          "dragonfly",
          "freebsd",
          "hurd",
          "illumos",
          "ios",
          "js",
          "linux",
          "nacl",
          "netbsd",
          "openbsd",
          "plan9",
          "solaris",
          "wasip1",
          "windows",
          "zos");
  private static final List<String> KNOWN_ARCH =
      List.of(
          "386",
          "amd64",
          "amd64p32",
          "arm",
          "armbe",
          "arm64",
          "arm64be",
          "ppc64",
          "ppc64le",
          "loong64",
          "mips",
          "mipsle",
          "mips64",
          "mips64le",
          "mips64p32",
          "mips64p32le",
          "ppc",
          "riscv",
          "riscv64",
          "s390",
          "s390x",
          "sparc",
          "sparc64",
          "wasm");

  /** The platform of a common build machine, {@code linux/amd64}. */
  public static final Platform LINUX_AMD64 = new Platform("linux", "amd64", "");

  /**
   * Parses and normalises a platform such as {@code linux/arm64/v8} (which becomes {@code
   * linux/arm64}). A lone OS name gets the architecture {@code amd64}, and a lone architecture the
   * OS {@code linux}, standing in for the build machine's own.
   *
   * @throws IllegalArgumentException when the text is not a platform
   */
  public static Platform parse(String specifier) {
    if (specifier.contains("*")) {
      throw new IllegalArgumentException(
          GoQuote.quote(specifier) + ": wildcards not yet supported: invalid argument");
    }
    String[] parts = specifier.split("/", 4);
    checkComponents(specifier, parts);
    String os = normalizeOs(parts[0]);
    Platform parsed =
        switch (parts.length) {
          case 1 -> single(specifier, os, parts[0]);
          case 2 -> withoutArmV7(os, normalizeArch(parts[1], ""));
          case 3 -> withArm64V8(os, normalizeArch(parts[1], parts[2]));
          default ->
              throw new IllegalArgumentException(
                  GoQuote.quote(specifier) + ": cannot parse platform specifier: invalid argument");
        };
    String[] normal = normalizeArch(parsed.architecture, parsed.variant);
    return new Platform(parsed.os, normal[0], normal[1]);
  }

  private static void checkComponents(String specifier, String[] parts) {
    if (!OS.matcher(parts[0]).matches()) {
      throw new IllegalArgumentException(
          GoQuote.quote(parts[0]) + " is an invalid OS component of " + GoQuote.quote(specifier));
    }
    for (int i = 1; i < parts.length; i++) {
      if (!COMPONENT.matcher(parts[i]).matches()) {
        throw new IllegalArgumentException(
            GoQuote.quote(parts[i]) + " is an invalid component of " + GoQuote.quote(specifier));
      }
    }
  }

  private static Platform single(String specifier, String os, String part) {
    if (KNOWN_OS.contains(os)) {
      return new Platform(os, "amd64", "");
    }
    Platform arch = withoutArmV7("linux", normalizeArch(part, ""));
    if (KNOWN_ARCH.contains(arch.architecture)) {
      return arch;
    }
    throw new IllegalArgumentException(
        GoQuote.quote(specifier) + ": unknown operating system or architecture: invalid argument");
  }

  private static Platform withoutArmV7(String os, String[] arch) {
    boolean armV7 = arch[0].equals("arm") && arch[1].equals("v7");
    return new Platform(os, arch[0], armV7 ? "" : arch[1]);
  }

  private static Platform withArm64V8(String os, String[] arch) {
    boolean bareArm64 = arch[0].equals("arm64") && arch[1].isEmpty();
    return new Platform(os, arch[0], bareArm64 ? "v8" : arch[1]);
  }

  private static String normalizeOs(String os) {
    String lower = os.toLowerCase(Locale.ROOT);
    return lower.equals("macos") ? "darwin" : lower;
  }

  private static String[] normalizeArch(String architecture, String variant) {
    String arch = architecture.toLowerCase(Locale.ROOT);
    String v = variant.toLowerCase(Locale.ROOT);
    return switch (arch) {
      case "i386" -> new String[] {"386", ""};
      case "x86_64", "x86-64", "amd64" -> new String[] {"amd64", v.equals("v1") ? "" : v};
      case "aarch64", "arm64" -> new String[] {"arm64", arm64Variant(v)};
      case "armhf" -> new String[] {"arm", "v7"};
      case "armel" -> new String[] {"arm", "v6"};
      case "arm" -> new String[] {"arm", armVariant(v)};
      default -> new String[] {arch, v};
    };
  }

  private static String arm64Variant(String variant) {
    return switch (variant) {
      case "8", "v8", "v8.0" -> "";
      case "9", "9.0", "v9.0" -> "v9";
      default -> variant;
    };
  }

  private static String armVariant(String variant) {
    return switch (variant) {
      case "", "7" -> "v7";
      case "5", "6", "8" -> "v" + variant;
      default -> variant;
    };
  }

  /** The platform as BuildKit writes it: {@code os/architecture[/variant]}. */
  public String format() {
    return variant.isEmpty() ? os + "/" + architecture : os + "/" + architecture + "/" + variant;
  }
}
