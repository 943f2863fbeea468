package dev.stagelens.fs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What package managers and build tools leave in a layer, loaded once from the data file {@code
 * knowledge/run-effects.json}, so that adding a tool is adding a row, not code.
 */
public final class RunKnowledge {

  private static final String RESOURCE = "/knowledge/run-effects.json";

  private final Map<String, List<Rule>> byProgram;

  private RunKnowledge(List<Rule> rules) {
    this.byProgram = rules.stream().collect(Collectors.groupingBy(Rule::program));
  }

  /** One tool's effect when it runs one of its subcommands. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Rule(
      String program, List<String> subcommands, List<Created> creates, List<String> removes) {
    public Rule {
      subcommands = subcommands == null ? List.of() : List.copyOf(subcommands);
      creates = creates == null ? List.of() : List.copyOf(creates);
      removes = removes == null ? List.of() : List.copyOf(removes);
    }
  }

  /**
   * A path a rule creates, unless the command carries one of {@code unlessFlags} or one of {@code
   * unlessEnv} is set.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Created(
      String path, String kind, List<String> unlessFlags, List<String> unlessEnv) {
    public Created {
      unlessFlags = unlessFlags == null ? List.of() : List.copyOf(unlessFlags);
      unlessEnv = unlessEnv == null ? List.of() : List.copyOf(unlessEnv);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record File(List<Rule> rules) {}

  /** The knowledge shipped with stagelens. */
  public static RunKnowledge load() {
    ObjectMapper mapper =
        new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    try (InputStream in = RunKnowledge.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
      }
      return new RunKnowledge(mapper.readValue(in, File.class).rules());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The rules for {@code program}, empty when the tool is not known. */
  public List<Rule> rulesFor(String program) {
    return byProgram.getOrDefault(program, List.of());
  }
}
