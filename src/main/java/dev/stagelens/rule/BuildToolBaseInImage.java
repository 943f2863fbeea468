package dev.stagelens.rule;

import dev.stagelens.graph.GraphStage;
import dev.stagelens.graph.ImageReference;
import dev.stagelens.size.BaseImageCatalog;
import dev.stagelens.size.SizeEstimate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The image starts from a base made for building (a JDK, a CUDA {@code -devel} image, a full Python
 * or Node image, a compiler image) where a runtime base would do.
 */
final class BuildToolBaseInImage extends AbstractRule {

  private static final long MB = 1_000_000L;

  private final BaseImageCatalog catalog;

  BuildToolBaseInImage(BaseImageCatalog catalog) {
    super(
        "BuildToolBaseInImage",
        Severity.WARNING,
        true,
        "The shipped image is built on a toolchain base where a runtime base would do",
        "Build in a builder stage and start the final stage from the runtime image named in "
            + "the message");
    this.catalog = catalog;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    GraphStage first = context.shippedStages().get(0);
    ImageReference base = first.baseImage();
    if (base == null || base.tag() == null) {
      return List.of();
    }
    return runtimeFor(base).map(runtime -> finding(first, base, runtime)).stream().toList();
  }

  private Finding finding(GraphStage stage, ImageReference base, String runtime) {
    SizeEstimate now = catalog.estimate(base);
    SizeEstimate slim = catalog.estimate(ImageReference.parse(runtime));
    long saved = now.bytes() - slim.bytes();
    String saving = saved > 0 ? "; about " + saved / MB + " MB smaller by the catalog" : "";
    return at(
        stage.stage().from(),
        stage.index(),
        "image is built on "
            + base.familiarName()
            + ":"
            + base.tag()
            + "; "
            + runtime
            + " would do at run time"
            + saving);
  }

  /** The runtime image to suggest for {@code base}, or empty when it is already one. */
  static Optional<String> runtimeFor(ImageReference base) {
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
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?:^|-)(8|11|17|21|25)(?:-|$)").matcher(tag);
    String found = "21";
    while (m.find()) {
      found = m.group(1);
    }
    return found;
  }

  private static String versionPart(String tag) {
    int dash = tag.indexOf('-');
    String head = dash < 0 ? tag : tag.substring(0, dash);
    return head.equals("latest") ? "slim" : head;
  }
}
