package dev.stagelens.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Times parse, parse to stage graph, and full analysis over one named input per run. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PipelineBenchmark {

  @Param({
    "tutorial",
    "ml-1",
    "ml-2",
    "ml-3",
    "largest",
    "corpus",
    "synthetic-100",
    "synthetic-1000",
    "synthetic-10000",
    "synthetic-100000"
  })
  public String input;

  private Phases phases;
  private String[] texts;

  /** Loads the input and checks that every file passes every phase before timing starts. */
  @Setup
  public void load() {
    phases = new Phases();
    List<Inputs.Dockerfile> files = Inputs.named(input);
    texts = files.stream().map(Inputs.Dockerfile::text).toArray(String[]::new);
    for (String text : texts) {
      phases.analyze(text);
    }
  }

  /** Text to syntax tree. */
  @Benchmark
  public void parse(Blackhole sink) {
    for (String text : texts) {
      sink.consume(phases.parse(text));
    }
  }

  /** Text to stage graph. */
  @Benchmark
  public void graph(Blackhole sink) {
    for (String text : texts) {
      sink.consume(phases.graph(text));
    }
  }

  /** Text to the full analysis. */
  @Benchmark
  public void analyze(Blackhole sink) {
    for (String text : texts) {
      sink.consume(phases.analyze(text));
    }
  }

  /** Text to the optimised Dockerfile, checked by analysing it again. */
  @Benchmark
  public void optimize(Blackhole sink) {
    for (String text : texts) {
      sink.consume(phases.optimize(text));
    }
  }
}
