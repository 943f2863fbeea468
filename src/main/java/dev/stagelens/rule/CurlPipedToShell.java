package dev.stagelens.rule;

import dev.stagelens.fs.ShellCommand;
import dev.stagelens.fs.ShellScript;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A script downloaded and run in one go, unchecked: {@code curl URL | sh}, {@code wget -O- URL |
 * sudo bash}, {@code curl URL | python3 -}, or {@code sh -c "$(curl URL)"}. An interpreter piped
 * into counts only when it reads its program from the pipe, so {@code curl URL | python3 -c '...'}
 * that parses the download stays quiet.
 */
final class CurlPipedToShell extends CommandRule {

  private static final Set<String> DOWNLOADERS = Set.of("curl", "wget");
  private static final Pattern SHELL = Pattern.compile("(?:ba|da|z|k|a)?sh");
  private static final Pattern INTERPRETER = Pattern.compile("python[0-9.]*|perl|ruby|node|php");
  private static final Pattern FETCHED =
      Pattern.compile("(?:\\$\\(|`)\\s*+((?:curl|wget)\\b[^)`]*+)");

  CurlPipedToShell() {
    super(
        "CurlPipedToShell",
        Severity.WARNING,
        "A RUN pipes what curl or wget downloads into a shell or interpreter, or runs it with sh "
            + "-c \"$(curl ...)\", without checking what it got",
        "Download to a file, check it against a known checksum (sha256sum -c), then run it");
  }

  @Override
  Optional<String> problem(List<ShellCommand> commands, int index) {
    ShellCommand command = Commands.unwrapped(commands.get(index));
    if (DOWNLOADERS.contains(command.program())
        && command.pipedInto()
        && index + 1 < commands.size()) {
      ShellCommand next = Commands.unwrapped(commands.get(index + 1));
      if (runsStdin(next)) {
        return Optional.of(message(command, next.program()));
      }
    }
    return substituted(command);
  }

  /** True when {@code command} is a shell or interpreter that runs what it reads on stdin. */
  private static boolean runsStdin(ShellCommand command) {
    List<String> args = command.args();
    if (SHELL.matcher(command.program()).matches()) {
      return !args.contains("-c");
    }
    return INTERPRETER.matcher(command.program()).matches()
        && (args.isEmpty() || args.contains("-"))
        && !args.contains("-c")
        && !args.contains("-e")
        && !args.contains("-m");
  }

  /** {@code sh -c "$(curl URL)"} or {@code eval "$(curl URL)"}: the download runs as a script. */
  private static Optional<String> substituted(ShellCommand command) {
    String program = command.program();
    boolean runs =
        program.equals("eval")
            || (SHELL.matcher(program).matches() && command.args().contains("-c"));
    if (!runs) {
      return Optional.empty();
    }
    for (String word : command.args()) {
      Matcher fetched = FETCHED.matcher(word);
      if (fetched.find()) {
        List<ShellCommand> inner = ShellScript.parse(fetched.group(1));
        return inner.isEmpty() ? Optional.empty() : Optional.of(message(inner.get(0), program));
      }
    }
    return Optional.empty();
  }

  private static String message(ShellCommand download, String runner) {
    String from =
        download.args().stream()
            .filter(arg -> arg.contains("://"))
            .findFirst()
            .map(url -> " from " + url)
            .orElse("");
    return runner
        + " runs what "
        + download.program()
        + " downloads"
        + from
        + " without checking it";
  }
}
