package dev.stagelens.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageReferenceTest {

  @ParameterizedTest
  @CsvSource({
    "node, docker.io/library/node:latest",
    "node:18, docker.io/library/node:18",
    "nvidia/cuda:12.4.1-devel-ubuntu22.04, docker.io/nvidia/cuda:12.4.1-devel-ubuntu22.04",
    "index.docker.io/library/python:3.12, docker.io/library/python:3.12",
    "ghcr.io/org/app, ghcr.io/org/app:latest",
    "localhost:5000/app:1, localhost:5000/app:1",
    "localhost/app, localhost/app:latest",
  })
  void parse_familiarNames_normaliseLikeDocker(String text, String normalised) {
    assertEquals(normalised, ImageReference.parse(text).toString());
  }

  @Test
  void parse_digestWithoutTag_keepsNoTag() {
    String digest = "sha256:" + "a".repeat(64);
    ImageReference ref = ImageReference.parse("alpine@" + digest);
    assertNull(ref.tag());
    assertEquals(digest, ref.digest());
    assertEquals("docker.io/library/alpine@" + digest, ref.toString());
  }

  @Test
  void parse_uppercaseRepository_isRejectedAsDockerDoes() {
    InvalidReferenceException e =
        assertThrows(InvalidReferenceException.class, () -> ImageReference.parse("Builder"));
    assertEquals("invalid reference format: repository name must be lowercase", e.getMessage());
  }

  @Test
  void parse_badTag_isRejected() {
    assertThrows(InvalidReferenceException.class, () -> ImageReference.parse("node:-x"));
  }

  @Test
  void familiarName_dropsLibraryAndHub() {
    assertEquals("node", ImageReference.parse("docker.io/library/node:18").familiarName());
    assertEquals("nvidia/cuda", ImageReference.parse("nvidia/cuda:12.1").familiarName());
    assertEquals("ghcr.io/a/b", ImageReference.parse("ghcr.io/a/b").familiarName());
  }
}
