package dev.stagelens.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagelens.testing.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContextCopyTest {

  private static final List<ContextFile> APP =
      List.of(
          ContextFile.file("package.json", 120),
          ContextFile.file("src/index.js", 300),
          ContextFile.file("src/lib/util.js", 40),
          ContextFile.file("README.md", 900),
          ContextFile.file(".env", 12),
          ContextFile.file("node_modules/x/i.js", 5000));

  private static BuildContext context(String ignore) {
    return BuildContext.of(APP, IgnorePatterns.parse(ignore));
  }

  private static StepRecord lastStep(String dockerfile, BuildContext context) {
    List<StepRecord> steps = Pipeline.run(dockerfile, context).files().steps();
    return steps.get(steps.size() - 1);
  }

  private static List<String> added(StepRecord step) {
    return step.files().added().stream().map(p -> p.path() + "=" + p.bytes()).toList();
  }

  @Test
  void copyDot_copiesEveryKeptFileWithItsSize() {
    StepRecord step = lastStep("FROM alpine\nWORKDIR /app\nCOPY . .\n", context("node_modules\n"));
    assertEquals(
        List.of(
            "/app/.env=12",
            "/app/README.md=900",
            "/app/package.json=120",
            "/app/src/index.js=300",
            "/app/src/lib/util.js=40"),
        added(step));
  }

  @Test
  void directorySource_copiesItsContentNotItself() {
    StepRecord step = lastStep("FROM alpine\nCOPY src /opt\n", context(""));
    assertEquals(List.of("/opt/index.js=300", "/opt/lib/util.js=40"), added(step));
  }

  @Test
  void fileToDestinationWithoutSlash_isRenamed() {
    StepRecord step = lastStep("FROM alpine\nCOPY package.json /etc/app.json\n", context(""));
    assertEquals(List.of("/etc/app.json=120"), added(step));
  }

  @Test
  void fileToDestinationWithSlash_keepsItsName() {
    StepRecord step = lastStep("FROM alpine\nCOPY package.json /etc/\n", context(""));
    assertEquals(List.of("/etc/package.json=120"), added(step));
  }

  @Test
  void wildcard_matchesWithinOneSegment() {
    StepRecord step = lastStep("FROM alpine\nWORKDIR /w\nCOPY src/*.js ./\n", context(""));
    assertEquals(List.of("/w/index.js=300"), added(step));
  }

  @Test
  void parents_keepTheSourcePath() {
    StepRecord step =
        lastStep("FROM alpine\nCOPY --parents src/lib/util.js package.json /p/\n", context(""));
    assertEquals(List.of("/p/package.json=120", "/p/src/lib/util.js=40"), added(step));
  }

  @Test
  void parentsWithPivot_keepOnlyThePathAfterIt() {
    StepRecord step =
        lastStep("FROM alpine\nCOPY --parents ./src/./lib/util.js /p/\n", context(""));
    assertEquals(List.of("/p/lib/util.js=40"), added(step));
  }

  @Test
  void exclude_dropsMatchingEntriesOfADirectory() {
    StepRecord step = lastStep("FROM alpine\nCOPY --exclude=lib src /s\n", context(""));
    assertEquals(List.of("/s/index.js=300"), added(step));
  }

  @Test
  void dockerignoreWithExceptions_br24() {
    BuildContext br24 = context(Pipeline.shared("cases/BR-24.dockerignore"));
    List<StepRecord> steps =
        Pipeline.run(Pipeline.shared("cases/BR-24.Dockerfile"), br24).files().steps();
    assertEquals(List.of("/app/package.json=120"), added(steps.get(2)));
    assertEquals(List.of("/app/src/index.js=300", "/app/src/lib/util.js=40"), added(steps.get(3)));
    assertEquals(List.of(), added(steps.get(4)));
    assertEquals(List.of(".env"), steps.get(4).missingSources());
    assertEquals(List.of("README.md", ".env", "node_modules/x/i.js"), br24.excluded());
  }

  @Test
  void heredocSource_isAnInlineFileOfExactSize() {
    StepRecord step = lastStep("FROM alpine\nCOPY <<EOF /etc/motd\nhello\nEOF\n", null);
    assertEquals(List.of("/etc/motd=6"), added(step));
  }

  @Test
  void addOfAListedArchive_extractsItsEntries() {
    ContextFile archive =
        new ContextFile(
            "vendor.tar.gz",
            "file",
            700,
            "",
            List.of(ContextFile.file("lib/a.so", 1000), ContextFile.file("lib/b.so", 2000)));
    BuildContext context = BuildContext.of(List.of(archive), IgnorePatterns.NONE);
    StepRecord step = lastStep("FROM alpine\nADD vendor.tar.gz /opt/vendor\n", context);
    assertEquals(List.of("/opt/vendor/lib/a.so=1000", "/opt/vendor/lib/b.so=2000"), added(step));
  }

  @Test
  void addOfAnUnlistedArchive_isExtractedContentOfUnknownShape() {
    BuildContext context =
        BuildContext.of(List.of(ContextFile.file("x.tar.xz", 10)), IgnorePatterns.NONE);
    StepRecord step = lastStep("FROM alpine\nADD x.tar.xz /opt/\n", context);
    TrackedPath opt = step.files().after().get("/opt");
    assertEquals("extracted", opt.kind());
    assertEquals(Certainty.UNKNOWN, opt.certainty());
    assertEquals(-1, opt.bytes());
  }

  @Test
  void copyOfAnArchive_doesNotExtractIt() {
    BuildContext context =
        BuildContext.of(List.of(ContextFile.file("x.tar.gz", 10)), IgnorePatterns.NONE);
    StepRecord step = lastStep("FROM alpine\nCOPY x.tar.gz /opt/\n", context);
    assertEquals(List.of("/opt/x.tar.gz=10"), added(step));
  }

  @Test
  void withoutAContext_sourcesStayPatternsOfUnknownSize() {
    StepRecord step = lastStep("FROM alpine\nWORKDIR /app\nCOPY . .\n", null);
    assertEquals(List.of("/app/*=-1"), added(step));
  }
}
