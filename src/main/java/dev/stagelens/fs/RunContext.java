package dev.stagelens.fs;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a RUN step sees when it starts.
 *
 * @param workdir the working directory
 * @param home the home directory of the user the step runs as
 * @param env the environment variables visible to the step
 * @param expand resolves parameter expansions in a word against {@code env}
 */
public record RunContext(
    String workdir, String home, Map<String, String> env, UnaryOperator<String> expand) {

  public RunContext {
    env = Map.copyOf(env);
  }

  /** The virtual environment the step's Python tools install into, or null when none is active. */
  public String virtualEnv() {
    String explicit = env.get("VIRTUAL_ENV");
    if (explicit != null && !explicit.isEmpty()) {
      return explicit;
    }
    String path = env.getOrDefault("PATH", "");
    for (String entry : path.split(":")) {
      if (entry.endsWith("/bin") && entry.contains("venv")) {
        return entry.substring(0, entry.length() - "/bin".length());
      }
    }
    return null;
  }
}
