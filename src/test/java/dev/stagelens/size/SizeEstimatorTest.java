package dev.stagelens.size;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagelens.testing.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class SizeEstimatorTest {

  private static final SizeEstimator ESTIMATOR =
      new SizeEstimator(BaseImageCatalog.load(), SizeDefaults.load());
  private static final long LISTS = 20_000_000L;

  private static SizeReport estimate(String dockerfile) {
    Pipeline.Result run = Pipeline.run(dockerfile);
    return ESTIMATOR.estimate(run.graph(), run.files());
  }

  private static long step(String dockerfile, int index) {
    return estimate(dockerfile).steps().get(index).bytes();
  }

  private static List<String> waste(SizeReport report) {
    return report.waste().stream()
        .map(w -> w.kind() + " " + w.path() + " line " + w.line() + " by " + w.causeLine())
        .toList();
  }

  @Test
  void aptInstall_withListsRemovedInTheSameRun_countsOnlyThePackages() {
    long kept = step("FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y jq\n", 1);
    long removed =
        step(
            "FROM debian:bookworm-slim\n"
                + "RUN apt-get update && apt-get install -y jq && rm -rf /var/lib/apt/lists/*\n",
            1);
    assertEquals(LISTS, kept - removed);
  }

  @Test
  void aptInstall_jq_weighsItsClosureWithoutDocs() {
    long bytes =
        step(
            "FROM debian:bookworm-slim\n"
                + "RUN apt-get update && apt-get install -y jq && rm -rf /var/lib/apt/lists/*\n",
            1);
    long packages = Math.round(1_170_432 * AptInstall.SLIM_FACTOR);
    assertEquals(packages + 1_000_000L, bytes, "jq closure plus the dpkg database default");
  }

  @Test
  void aptInstall_onePackage_itsShareIsTheWholeInstall() {
    SizeReport report = estimate("FROM debian:bookworm-slim\nRUN apt-get install -y jq\n");
    assertEquals(
        Math.round(1_170_432 * AptInstall.SLIM_FACTOR),
        report.packageOf(1, "jq").orElseThrow().size().bytes());
  }

  @Test
  void aptInstall_twoPackages_theSecondSharesNothingTheFirstPulledIn() {
    long alone =
        estimate("FROM debian:bookworm-slim\nRUN apt-get install -y build-essential\n")
            .packageOf(1, "build-essential")
            .orElseThrow()
            .size()
            .bytes();
    SizeReport both =
        estimate("FROM debian:bookworm-slim\nRUN apt-get install -y gcc build-essential\n");
    long gcc = both.packageOf(1, "gcc").orElseThrow().size().bytes();
    long rest = both.packageOf(1, "build-essential").orElseThrow().size().bytes();
    assertEquals(alone, gcc + rest, 2, "the two shares split the same closure");
    assertTrue(gcc > 0 && rest < alone);
  }

  @Test
  void pipInstall_namedPackages_eachGetsItsRow() {
    SizeReport report =
        estimate("FROM python:3.12-slim\nRUN pip install --no-cache-dir numpy cython\n");
    assertEquals(59_768_832L, report.packageOf(1, "numpy").orElseThrow().size().bytes());
    assertEquals("pip", report.packageOf(1, "cython").orElseThrow().manager());
  }

  @Test
  void bytesWithin_sumsTheStepsPathsBelowTheFolder() {
    SizeReport report =
        estimate(
            "FROM debian:bookworm-slim\n"
                + "RUN apt-get update && apt-get install -y jq\n"
                + "RUN true\n");
    assertEquals(LISTS, report.bytesWithin(1, "/var/lib/apt"));
    assertEquals(0, report.bytesWithin(2, "/var/lib/apt"));
  }

  @Test
  void aptInstall_secondTime_addsNothingAlreadyInstalled() {
    SizeReport report =
        estimate(
            "FROM debian:bookworm-slim\n"
                + "RUN apt-get install -y jq\n"
                + "RUN apt-get install -y jq\n");
    assertEquals(1_000_000L, report.steps().get(2).bytes());
  }

  @Test
  void cacheMounts_addNothing() {
    long bytes =
        step(
            "FROM debian:bookworm-slim\n"
                + "RUN --mount=type=cache,target=/var/lib/apt/lists "
                + "apt-get update && apt-get install -y jq\n",
            1);
    assertEquals(Math.round(1_170_432 * AptInstall.SLIM_FACTOR) + 1_000_000L, bytes);
  }

  @Test
  void br25_listsRemovedLater_stillShipAndCountAsHiddenWaste() {
    SizeReport report = estimate(Pipeline.shared("cases/BR-25.Dockerfile"));
    long withLists = report.steps().get(1).bytes();
    assertTrue(withLists > LISTS, "line 2 holds curl and the lists");
    assertEquals(0, report.steps().get(3).bytes());
    assertEquals(List.of("hidden /var/lib/apt/lists line 2 by 4"), waste(report));
    assertEquals(LISTS, report.waste().get(0).bytes());
  }

  @Test
  void br26_chownInItsOwnRun_duplicatesTheTreeOnceAndKeepsTheCache() {
    SizeReport report = estimate(Pipeline.shared("cases/BR-26.Dockerfile"));
    long npmCi = report.steps().get(3).bytes();
    long copyAll = report.steps().get(4).bytes();
    long packageFiles = report.steps().get(2).bytes();
    long cache = 60_000_000L;
    assertEquals(npmCi - cache + copyAll + packageFiles, report.steps().get(5).bytes());
    assertEquals(
        List.of(
            "cache /root/.npm line 4 by 4",
            "duplicate /app line 2 by 6",
            "duplicate /app/* line 5 by 6",
            "duplicate /app/node_modules line 4 by 6",
            "duplicate /app/package-lock.json line 3 by 6",
            "duplicate /app/package.json line 3 by 6"),
        waste(report));
  }

  @Test
  void tutorial_finalImage_isAFractionOfTheBuildStage_withTheSavingsShown() {
    SizeReport report = estimate(Pipeline.shared("cases/tutorial/Dockerfile"));
    SizeReport.Savings savings = report.savings();
    assertEquals(0, savings.builderStage());
    assertEquals(report.stages().get(0).bytes(), savings.builderBytes());
    assertEquals(report.image().bytes(), savings.imageBytes());
    assertEquals(savings.builderBytes() - savings.imageBytes(), savings.savedBytes());
    assertTrue(report.image().bytes() * 3 < savings.builderBytes());
  }

  @Test
  void singleStage_hasNoSavings() {
    assertNull(estimate("FROM alpine:3.20\nRUN echo hi\n").savings());
  }

  @Test
  void compressed_alpineImage_usesTheAlpineRatio() {
    SizeReport report = estimate("FROM alpine:latest\n");
    assertEquals(Math.round(report.image().bytes() * 0.47), report.compressed().bytes());
  }

  @Test
  void scratch_weighsNothing() {
    SizeReport report = estimate("FROM scratch\nCOPY --from=busybox:latest /bin/busybox /\n");
    assertEquals(0, report.steps().get(0).bytes());
  }

  @Test
  void budget_overAndUnder_isReported() {
    Pipeline.Result run = Pipeline.run("FROM debian:bookworm-slim\n");
    assertEquals(false, ESTIMATOR.estimate(run.graph(), run.files(), 1_000L).withinBudget());
    assertEquals(true, ESTIMATOR.estimate(run.graph(), run.files(), 1_000_000_000L).withinBudget());
    assertNull(ESTIMATOR.estimate(run.graph(), run.files()).withinBudget());
  }

  @Test
  void pipInstall_torchFromTheCpuIndex_isTheCpuWheel() {
    String cpu =
        "FROM python:3.12-slim\n"
            + "RUN pip install --no-cache-dir torch --index-url https://download.pytorch.org/whl/cpu\n";
    String cuda = "FROM python:3.12-slim\nRUN pip install --no-cache-dir torch\n";
    assertEquals(403_000_000L, step(cpu, 1));
    assertEquals(4_724_000_000L, step(cuda, 1));
  }
}
