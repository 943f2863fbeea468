package dev.stagelens.fs;

import java.util.Set;

/** The options of package managers' install commands that take their value in the next word. */
public final class PackageOptions {

  /** apt-get and apt. */
  public static final Set<String> APT =
      Set.of("-o", "-t", "-c", "--option", "--target-release", "--config-file");

  /** pip and pip3. */
  public static final Set<String> PIP =
      Set.of(
          "-r",
          "--requirement",
          "-c",
          "--constraint",
          "-i",
          "--index-url",
          "--extra-index-url",
          "-f",
          "--find-links",
          "-t",
          "--target",
          "--prefix");

  /** apk ({@code -t} names a virtual package), dnf, yum and microdnf. */
  public static final Set<String> APK_DNF =
      Set.of("-t", "--virtual", "-X", "--repository", "--root", "--installroot", "--releasever");

  private PackageOptions() {}
}
