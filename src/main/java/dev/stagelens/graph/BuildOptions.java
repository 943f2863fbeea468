package dev.stagelens.graph;

import java.util.Map;

/**
 * What a build is asked for, as {@code docker build} flags say it.
 *
 * @param target the stage to build by name, or null for the last stage
 * @param buildArgs the {@code --build-arg} values by name
 * @param platform the target platform, such as {@code linux/amd64}
 */
public record BuildOptions(String target, Map<String, String> buildArgs, Platform platform) {

  /** The default: last stage, no build arguments, {@code linux/amd64}. */
  public static final BuildOptions DEFAULTS =
      new BuildOptions(null, Map.of(), Platform.LINUX_AMD64);

  public BuildOptions {
    buildArgs = Map.copyOf(buildArgs);
    if (target != null && target.isEmpty()) {
      target = null;
    }
  }
}
