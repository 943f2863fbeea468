package dev.stagelens.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Runs an outside checker (Graphviz, Mermaid, a Kubernetes schema validator) for tests. */
public final class Processes {

  /** What the checker answered: its exit code and everything it printed. */
  public record Outcome(int exit, String output) {}

  private Processes() {}

  /** Runs {@code command} with {@code input} on standard input and waits for it. */
  public static Outcome run(ProcessBuilder command, String input)
      throws IOException, InterruptedException {
    Process process = command.redirectErrorStream(true).start();
    process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), command.command() + " did not finish");
    return new Outcome(process.exitValue(), output.trim());
  }
}
