package dev.stagelens.instruction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The inputs of a build that decide variable values: build arguments, platforms and target.
 *
 * @param buildArgs the {@code --build-arg} values
 * @param buildPlatform the platform the build runs on
 * @param targetPlatform the platform the build produces
 * @param target the {@code --target} stage name, empty for the last stage
 */
public record BuildOptions(
    Map<String, String> buildArgs,
    Platform buildPlatform,
    Platform targetPlatform,
    Optional<String> target) {

  public BuildOptions {
    buildArgs = Map.copyOf(buildArgs);
  }

  /** No build arguments, both platforms {@code linux/amd64}, the last stage as target. */
  public static BuildOptions defaults() {
    return new BuildOptions(Map.of(), Platform.LINUX_AMD64, Platform.LINUX_AMD64, Optional.empty());
  }

  /** A copy with one more build argument. */
  public BuildOptions withBuildArg(String name, String value) {
    Map<String, String> args = new LinkedHashMap<>(buildArgs);
    args.put(name, value);
    return new BuildOptions(args, buildPlatform, targetPlatform, target);
  }

  /** A copy with another target platform. */
  public BuildOptions withTargetPlatform(Platform platform) {
    return new BuildOptions(buildArgs, buildPlatform, platform, target);
  }

  /** A copy with another build platform. */
  public BuildOptions withBuildPlatform(Platform platform) {
    return new BuildOptions(buildArgs, platform, targetPlatform, target);
  }

  /** A copy that targets the named stage. */
  public BuildOptions withTarget(String stageName) {
    return new BuildOptions(buildArgs, buildPlatform, targetPlatform, Optional.of(stageName));
  }
}
