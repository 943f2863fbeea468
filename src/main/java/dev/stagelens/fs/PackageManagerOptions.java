package dev.stagelens.fs;

import java.util.Set;

/**
 * The options of pip (and {@code uv pip}) and npm that take the next word as their value, so that
 * readers of an install command can tell an option's value from a package name.
 */
public final class PackageManagerOptions {

  /** pip's and {@code uv pip}'s options that take a value. */
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

  private PackageManagerOptions() {}
}
