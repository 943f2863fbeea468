package dev.stagelens.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Times whole passes over the corpus in one JVM, warm, for the side-by-side comparison with the
 * JavaScript parsers: one line per phase, {@code stagelens PHASE ns_per_file=N mb_per_s=N}.
 *
 * <p>Arguments: a file to write the corpus paths to (the files that analyse, which the peers then
 * read too), the warm-up seconds, the measured passes, then the phases to time.
 */
public final class CorpusTimer {

  private CorpusTimer() {}

  /** Prints the median pass of each phase over the whole corpus. */
  public static void main(String[] args) throws IOException {
    double warmupSeconds = Double.parseDouble(args[1]);
    int passes = Integer.parseInt(args[2]);
    List<Inputs.Dockerfile> files = Inputs.named("corpus");
    Path corpus = Inputs.shared().resolve("corpus/files").toAbsolutePath();
    Files.write(
        Path.of(args[0]), files.stream().map(f -> corpus.resolve(f.name()).toString()).toList());
    Phases phases = new Phases();
    for (String phase : Arrays.asList(args).subList(3, args.length)) {
      long median = medianPass(phases, phase, files, warmupSeconds, passes);
      double nsPerFile = (double) median / files.size();
      double mbPerSecond = Inputs.bytes(files) / 1e6 / (median / 1e9);
      System.out.printf(
          "stagelens %s files=%d ns_per_file=%.0f mb_per_s=%.2f%n",
          phase, files.size(), nsPerFile, mbPerSecond);
    }
  }

  private static long medianPass(
      Phases phases, String phase, List<Inputs.Dockerfile> files, double warmup, int passes) {
    long warmUntil = System.nanoTime() + (long) (warmup * 1e9);
    while (System.nanoTime() < warmUntil) {
      pass(phases, phase, files);
    }
    long[] times = new long[passes];
    for (int i = 0; i < passes; i++) {
      long start = System.nanoTime();
      pass(phases, phase, files);
      times[i] = System.nanoTime() - start;
    }
    Arrays.sort(times);
    return times[passes / 2];
  }

  private static int pass(Phases phases, String phase, List<Inputs.Dockerfile> files) {
    int hash = 0;
    for (Inputs.Dockerfile file : files) {
      hash += System.identityHashCode(phases.run(phase, file.text()));
    }
    return hash;
  }
}
