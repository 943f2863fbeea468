package dev.stagelens.size;

import dev.stagelens.fs.UnixPaths;
import java.util.List;
import java.util.Optional;

/**
 * Size estimates for a whole Dockerfile, in bytes.
 *
 * @param steps one estimate per instruction, in file order: what its layer adds (for FROM, the base
 *     it starts from)
 * @param stages one estimate per stage: its base plus its layers
 * @param image the estimate for the target's final image, uncompressed (files bytes)
 * @param compressed the image's estimated compressed (registry) size
 * @param savings what the multi-stage split saves, or null when the target copies from no stage
 * @param waste bytes the image ships but its final filesystem does not need, by the step that
 *     caused them
 * @param maxImageBytes the budget for the image, or null when none was given
 * @param paths the estimate of every path a layer adds, by step, in file order
 * @param packages the estimate of every package an apt, pip or npm install names, by step
 */
public record SizeReport(
    List<SizeEstimate> steps,
    List<SizeEstimate> stages,
    SizeEstimate image,
    SizeEstimate compressed,
    Savings savings,
    List<Waste> waste,
    Long maxImageBytes,
    List<PathSize> paths,
    List<PackageSize> packages) {

  public SizeReport {
    steps = List.copyOf(steps);
    stages = List.copyOf(stages);
    waste = List.copyOf(waste);
    paths = List.copyOf(paths);
    packages = List.copyOf(packages);
  }

  /**
   * The estimate of one path a layer adds.
   *
   * @param step the index of the step whose layer adds it
   * @param path the absolute path
   * @param size its estimate
   */
  public record PathSize(int step, String path, SizeEstimate size) {}

  /**
   * The estimate of one package an install command names: what it adds that no package named before
   * it in the same command did.
   *
   * @param step the index of the step that installs it
   * @param manager {@code apt}, {@code pip} or {@code npm}
   * @param name the package name as written, without version
   * @param size its estimate
   */
  public record PackageSize(int step, String manager, String name, SizeEstimate size) {}

  /** The estimated bytes of the paths step {@code step} adds at or below {@code dir}. */
  public long bytesWithin(int step, String dir) {
    long sum = 0;
    for (PathSize entry : paths) {
      if (entry.step() == step && UnixPaths.isWithin(entry.path(), dir)) {
        sum += entry.size().bytes();
      }
    }
    return sum;
  }

  /**
   * The estimate of package {@code name} installed by step {@code step}, if any install named it.
   */
  public Optional<PackageSize> packageOf(int step, String name) {
    return packages.stream().filter(p -> p.step() == step && p.name().equals(name)).findFirst();
  }

  /** True when the image's point estimate fits the budget; null when there is no budget. */
  public Boolean withinBudget() {
    return maxImageBytes == null ? null : image.bytes() <= maxImageBytes;
  }

  /**
   * What the final image would weigh if it were the largest stage it copies from.
   *
   * @param builderStage the index of that stage
   * @param builderBytes that stage's estimated size
   * @param imageBytes the image's estimated size
   * @param savedBytes the difference, never negative
   */
  public record Savings(int builderStage, long builderBytes, long imageBytes, long savedBytes) {}

  /**
   * Bytes a layer ships that the final filesystem does not use.
   *
   * @param step the index of the step whose layer holds the bytes
   * @param line the first line of that step
   * @param cause the index of the step that made them waste: the one that hid or rewrote them, or
   *     the same step for a cache
   * @param causeLine the first line of that step
   * @param path the path concerned
   * @param kind {@code hidden} (deleted later), {@code duplicate} (stored again later) or {@code
   *     cache}
   * @param bytes the estimated bytes
   */
  public record Waste(
      int step, int line, int cause, int causeLine, String path, String kind, long bytes) {}
}
