package dev.stagelens.optimize;

import dev.stagelens.fs.ShellCommand;
import dev.stagelens.fs.ShellScript;
import dev.stagelens.instruction.CmdInstruction;
import dev.stagelens.instruction.CommandLine;
import dev.stagelens.instruction.EntrypointInstruction;
import dev.stagelens.instruction.Instruction;
import dev.stagelens.instruction.RunInstruction;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Recognises commands that need a build toolchain: compilers, build tools, package installs. */
final class Toolchain {

  /**
   * Programs that compile or may compile: package installs build native extensions with the
   * compilers a full or -devel base carries and a slim or runtime base lacks.
   */
  private static final Set<String> PROGRAMS =
      Set.of(
          "mvn",
          "mvnw",
          "gradle",
          "gradlew",
          "javac",
          "jlink",
          "jshell",
          "go",
          "gcc",
          "g++",
          "cc",
          "c++",
          "make",
          "cmake",
          "ninja",
          "cargo",
          "rustc",
          "nvcc",
          "npm",
          "npx",
          "yarn",
          "pnpm",
          "node-gyp",
          "pip",
          "pip3",
          "poetry",
          "uv",
          "conda",
          "mamba",
          "setup.py",
          "apt-get",
          "apt",
          "apk",
          "bazel",
          "sbt",
          "ant");

  private Toolchain() {}

  /**
   * The first command of {@code instruction} that needs a toolchain, or empty; a RUN whose script
   * cannot be read counts as needing one.
   */
  static Optional<String> needs(Instruction instruction) {
    if (instruction instanceof RunInstruction run) {
      return run.command().files().isEmpty() ? needs(run.command()) : Optional.of("a heredoc");
    }
    if (instruction instanceof CmdInstruction cmd) {
      return needs(cmd.command());
    }
    if (instruction instanceof EntrypointInstruction entrypoint) {
      return needs(entrypoint.command());
    }
    return Optional.empty();
  }

  private static Optional<String> needs(CommandLine command) {
    List<ShellCommand> commands =
        command.prependShell()
            ? ShellScript.parse(ShellScript.script(command))
            : List.of(new ShellCommand(List.of(), command.args(), List.of(), false, false));
    for (ShellCommand one : commands) {
      if (PROGRAMS.contains(one.program()) || pythonModule(one)) {
        return Optional.of(String.join(" ", one.words()));
      }
    }
    return Optional.empty();
  }

  private static boolean pythonModule(ShellCommand command) {
    List<String> words = command.words();
    return command.program().startsWith("python")
        && words.size() > 2
        && words.get(1).equals("-m")
        && PROGRAMS.contains(words.get(2));
  }
}
