package dev.stagelens.testing;

import dev.stagelens.fs.BuildContext;
import dev.stagelens.fs.FileReport;
import dev.stagelens.fs.FileTracker;
import dev.stagelens.fs.RunKnowledge;
import dev.stagelens.fs.RunModel;
import dev.stagelens.graph.StageGraph;
import dev.stagelens.graph.StageGraphBuilder;
import dev.stagelens.instruction.BuildEnv;
import dev.stagelens.instruction.BuildOptions;
import dev.stagelens.instruction.DockerfileInstructions;
import dev.stagelens.instruction.InstructionParser;
import dev.stagelens.instruction.ShellLex;
import dev.stagelens.parse.DockerfileParser;
import dev.stagelens.parse.ParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the core stages on a Dockerfile for tests of the later stages. */
public final class Pipeline {

  private static final FileTracker TRACKER = new FileTracker(new RunModel(RunKnowledge.load()));

  /** The graph and file report of one Dockerfile. */
  public record Result(ParseResult parsed, BuildEnv env, StageGraph graph, FileReport files) {}

  private Pipeline() {}

  /** Runs parse, instructions, scopes, graph and file tracking on {@code dockerfile}. */
  public static Result run(String dockerfile, BuildOptions options) {
    return run(dockerfile, options, null);
  }

  /** Runs the pipeline with default options, copying from {@code context}. */
  public static Result run(String dockerfile, BuildContext context) {
    return run(dockerfile, BuildOptions.defaults(), context);
  }

  /** Runs the pipeline copying from {@code context}; null when the context is not known. */
  public static Result run(String dockerfile, BuildOptions options, BuildContext context) {
    ParseResult parsed = DockerfileParser.parse(dockerfile);
    DockerfileInstructions instructions = InstructionParser.parseDockerfile(parsed);
    BuildEnv env = BuildEnv.resolve(instructions, parsed.escapeToken(), options);
    ShellLex lex = new ShellLex(parsed.escapeToken());
    StageGraph graph = new StageGraphBuilder(lex).build(instructions, env, options);
    return new Result(parsed, env, graph, TRACKER.track(graph, env, lex, context));
  }

  /** Runs the pipeline with default options. */
  public static Result run(String dockerfile) {
    return run(dockerfile, BuildOptions.defaults());
  }

  /** The text of a file under the shared folder beside the repository. */
  public static String shared(String relative) {
    Path path = Path.of("..", "shared").resolve(relative);
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(path.toAbsolutePath() + " is missing", e);
    }
  }
}
