package dev.stagelens.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagelens.testing.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class IgnorePatternsTest {

  private static List<String> kept(String ignore, String... paths) {
    IgnorePatterns patterns = IgnorePatterns.parse(ignore);
    return List.of(paths).stream().filter(p -> !patterns.excludes(p)).toList();
  }

  @Test
  void star_matchesOneSegmentAndEverythingBelowIt() {
    assertEquals(List.of(), kept("*", "a.txt", "src/index.js"));
  }

  @Test
  void starInASubdirectory_doesNotCrossSlashes() {
    assertEquals(
        List.of("a.md", "docs/x/b.md"), kept("docs/*.md", "a.md", "docs/a.md", "docs/x/b.md"));
  }

  @Test
  void doubleStar_matchesAnyDepthIncludingNone() {
    assertEquals(
        List.of("main.go", "x/y.txt"),
        kept("**/*.log", "a.log", "x/y/z.log", "main.go", "x/y.txt"));
  }

  @Test
  void leadingDoubleStarSlash_matchesTheNameAtTheRoot() {
    assertEquals(
        List.of("x/other"), kept("**/node_modules", "node_modules/a", "x/node_modules", "x/other"));
  }

  @Test
  void trailingDoubleStar_matchesBelowThePrefix() {
    assertEquals(List.of("build"), kept("build/**", "build", "build/a", "build/x/y"));
  }

  @Test
  void exclamation_reincludesWhatAnEarlierPatternExcluded() {
    assertEquals(
        List.of("README-secret.md"),
        kept("*.md\n!README*.md\nREADME-x*.md", "a.md", "README-secret.md", "README-xyz.md"));
  }

  @Test
  void laterPattern_winsOverAnEarlierExclusion() {
    assertEquals(List.of(), kept("!keep.txt\n*.txt", "keep.txt"));
  }

  @Test
  void leadingSlashAndDotSegments_areCleanedAway() {
    assertEquals(List.of("b/c"), kept("/a\n./b/../d/", "a/x", "b/c", "d/e"));
  }

  @Test
  void commentsAtLineStartAndTrailingSpaces_areDropped() {
    assertEquals(List.of("#x", "keep"), kept("# a comment\nsecret   \n", "#x", "keep", "secret"));
  }

  @Test
  void hashAfterLeadingBlank_isAPatternNotAComment() {
    assertEquals(List.of("keep"), kept("  #x", "#x", "keep"));
  }

  @Test
  void questionMarkAndClass_matchOneCharacter() {
    assertEquals(List.of("ab.txt"), kept("?.txt\n[xy]*", "a.txt", "ab.txt", "c.txt", "yz"));
  }

  @Test
  void regexCharacters_areLiteral() {
    assertEquals(List.of("axb"), kept("a.b\n(c)", "a.b", "axb", "(c)"));
  }

  @Test
  void crlfLines_matchAsIfLf() {
    assertEquals(List.of("b"), kept("a\r\n", "a", "b"));
  }

  @Test
  void loneExclamation_isRejectedWithARemedy() {
    BuildContextException e =
        assertThrows(BuildContextException.class, () -> IgnorePatterns.parse("!\n"));
    assertEquals(
        "illegal exclusion pattern \"!\" in .dockerignore: name what to re-include after it",
        e.getMessage());
  }

  @Test
  void unclosedClass_isRejectedNamingThePattern() {
    BuildContextException e =
        assertThrows(BuildContextException.class, () -> IgnorePatterns.parse("a[b"));
    assertEquals(
        "pattern 'a[b' in .dockerignore is malformed: close its [ ] class", e.getMessage());
  }

  @Test
  void hasExclusions_isTrueOnlyWithABang() {
    assertTrue(IgnorePatterns.parse("*\n!a").hasExclusions());
    assertFalse(IgnorePatterns.parse("*\na").hasExclusions());
  }

  @Test
  void br24_keepsPackageJsonAndSrcOnly() {
    String ignore = Pipeline.shared("cases/BR-24.dockerignore");
    assertEquals(
        List.of("package.json", "src/index.js"),
        kept(ignore, "package.json", "src/index.js", ".env", "README.md", "node_modules/x/i.js"));
  }
}
