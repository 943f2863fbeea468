package dev.stagelens.fs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuildContextTest {

  private static final List<ContextFile> APP =
      List.of(ContextFile.file("app.py", 10), ContextFile.file(".git/HEAD", 23));

  @Test
  void hasDockerignore_withoutPatternsOrFile_isFalse() {
    assertFalse(BuildContext.of(APP, IgnorePatterns.NONE).hasDockerignore());
  }

  @Test
  void hasDockerignore_withPatterns_isTrue() {
    assertTrue(BuildContext.of(APP, IgnorePatterns.parse(".git\n")).hasDockerignore());
  }

  @Test
  void hasDockerignore_withTheFileInTheContext_isTrue() {
    List<ContextFile> files = List.of(ContextFile.file(".dockerignore", 0));
    assertTrue(BuildContext.of(files, IgnorePatterns.NONE).hasDockerignore());
  }
}
