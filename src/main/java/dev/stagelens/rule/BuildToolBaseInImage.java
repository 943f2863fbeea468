package dev.stagelens.rule;

import dev.stagelens.graph.GraphStage;
import dev.stagelens.graph.ImageReference;
import dev.stagelens.size.BaseImageCatalog;
import dev.stagelens.size.RuntimeBases;
import dev.stagelens.size.SizeEstimate;
import java.util.List;

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
    return RuntimeBases.runtimeFor(base).map(runtime -> finding(first, base, runtime)).stream()
        .toList();
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
}
