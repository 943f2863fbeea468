package dev.stagelens.size;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagelens.graph.ImageReference;
import org.junit.jupiter.api.Test;

class BaseImageCatalogTest {

  private static final BaseImageCatalog CATALOG = BaseImageCatalog.load();

  private static SizeEstimate estimate(String ref) {
    return CATALOG.estimate(ImageReference.parse(ref));
  }

  @Test
  void estimate_exactTag_usesTheMeasuredSize() {
    SizeEstimate slim = estimate("python:3.12-slim");
    assertEquals(119_200_000L, slim.bytes());
    assertTrue(slim.basis().startsWith("measured size of python:3.12-slim"), slim.basis());
  }

  @Test
  void estimate_alias_resolvesToItsRow() {
    assertEquals(1_130_000_000L, estimate("node:24-bookworm").bytes());
    assertEquals(8_420_000L, estimate("alpine:latest").bytes());
  }

  @Test
  void estimate_compressedOnly_isDerivedWithAWiderRange() {
    SizeEstimate node22 = estimate("node:22");
    assertEquals(Math.round(408_499_334L / 0.38), node22.bytes());
    assertTrue(node22.high() - node22.low() > node22.bytes() / 3);
    assertTrue(node22.basis().startsWith("derived from the measured compressed size"));
  }

  @Test
  void estimate_unknownTag_takesTheNearestTagOfTheSameVariant() {
    SizeEstimate slim = estimate("node:18-slim");
    assertTrue(slim.basis().contains("nearest known tag 22-bookworm-slim"), slim.basis());
    assertTrue(slim.bytes() < 300_000_000L);
    SizeEstimate full = estimate("node:18");
    assertTrue(full.bytes() > 900_000_000L, "full node image is around 1 GB: " + full.bytes());
  }

  @Test
  void estimate_unknownImage_isAWideDefaultNotAnExactNumber() {
    SizeEstimate unknown = estimate("example.org/team/private:1");
    assertEquals(BaseImageCatalog.UNKNOWN_IMAGE, unknown);
    assertTrue(unknown.high() >= 100 * unknown.low());
  }
}
