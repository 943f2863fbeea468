package dev.stagelens.fs;

import java.util.Set;

/**
 * The options of package managers' install commands that take their value in the next word, so that
 * readers of an install command can tell an option's value from a package name.
 */
public final class PackageOptions {

  /** apt-get and apt. */
  public static final Set<String> APT =
      Set.of("-o", "-t", "-c", "--option", "--target-release", "--config-file");

  /** pip, pip3 and {@code uv pip}. */
  public static final Set<String> PIP =
      Set.of(
          "-r",
          "--requirement",
          "-c",
          "--constraint",
          "-e",
          "--editable",
          "-i",
          "--index-url",
          "--extra-index-url",
          "-f",
          "--find-links",
          "-t",
          "--target",
          "--prefix",
          "--root",
          "--platform",
          "--python-version",
          "--implementation",
          "--abi",
          "--src",
          "--upgrade-strategy",
          "--progress-bar",
          "--cache-dir",
          "--log",
          "--proxy",
          "--retries",
          "--timeout",
          "--exists-action",
          "--trusted-host",
          "--cert",
          "--client-cert",
          "--global-option",
          "-C",
          "--config-settings",
          "--config-setting",
          "--no-binary",
          "--only-binary",
          "--report",
          "--python",
          "-p",
          "--root-user-action",
          "--use-feature",
          "--use-deprecated",
          "--keyring-provider",
          "--index",
          "--default-index",
          "--index-strategy",
          "--torch-backend",
          "--python-platform",
          "--config-file",
          "--link-mode",
          "--extra",
          "--group",
          "--overrides",
          "--resolution",
          "--prerelease",
          "--exclude-newer",
          "-P",
          "--upgrade-package",
          "--reinstall-package");

  /** npm's options that take a value. */
  public static final Set<String> NPM =
      Set.of(
          "--prefix",
          "--registry",
          "--cache",
          "-w",
          "--workspace",
          "--omit",
          "--include",
          "--tag",
          "--loglevel",
          "--userconfig",
          "--location",
          "--install-strategy",
          "--before");

  /** apk ({@code -t} names a virtual package), dnf, yum and microdnf. */
  public static final Set<String> APK_DNF =
      Set.of("-t", "--virtual", "-X", "--repository", "--root", "--installroot", "--releasever");

  private PackageOptions() {}
}
