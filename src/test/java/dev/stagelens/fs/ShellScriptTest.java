package dev.stagelens.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellScriptTest {

  private static List<List<String>> words(String script) {
    return ShellScript.parse(script).stream().map(ShellCommand::words).toList();
  }

  @Test
  void parse_andOrSemicolonPipe_separateCommands() {
    assertEquals(
        List.of(
            List.of("apt-get", "update"),
            List.of("apt-get", "install", "-y", "curl"),
            List.of("rm", "-rf", "/var/lib/apt/lists/*"),
            List.of("true"),
            List.of("curl", "-fsSL", "https://example.org/x.sh"),
            List.of("sh")),
        words(
            "apt-get update && apt-get install -y curl; rm -rf /var/lib/apt/lists/* || true\n"
                + "curl -fsSL https://example.org/x.sh | sh"));
  }

  @Test
  void parse_quotes_areRemovedAsTheShellRemovesThem() {
    assertEquals(
        List.of(List.of("echo", "a b", "c$HOME", "d\"e", "f g")),
        words("echo 'a b' \"c$HOME\" \"d\\\"e\" f\\ g"));
  }

  @Test
  void parse_redirections_recordWrittenFilesAndAreNotWords() {
    List<ShellCommand> commands =
        ShellScript.parse("echo hi > /out.txt 2>/dev/null && cat a >> /log");
    assertEquals(List.of("echo", "hi"), commands.get(0).words());
    assertEquals(List.of("/out.txt"), commands.get(0).writes());
    assertEquals(List.of("/log"), commands.get(1).writes());
  }

  @Test
  void parse_leadingAssignments_areSeparateFromWords() {
    ShellCommand command =
        ShellScript.parse("DEBIAN_FRONTEND=noninteractive apt-get install -y x").get(0);
    assertEquals(List.of("DEBIAN_FRONTEND=noninteractive"), command.assignments());
    assertEquals("apt-get", command.program());
  }

  @Test
  void parse_commentsAndLineContinuations_areDropped() {
    assertEquals(
        List.of(List.of("pip", "install", "torch")),
        words("# install\npip install \\\n  torch # heavy\n"));
  }

  @Test
  void parse_heredocBodyInScript_isNotReadAsCommands() {
    assertEquals(
        List.of(List.of("cat"), List.of("echo", "done")),
        words("cat <<EOF > /etc/conf\nrm -rf /\nEOF\necho done"));
    assertTrue(
        ShellScript.parse("cat <<EOF > /etc/conf\nx\nEOF").get(0).writes().contains("/etc/conf"));
  }

  @Test
  void parse_commandSubstitution_staysOneWord() {
    assertEquals(
        List.of(List.of("mkdir", "-p", "$(dirname /a/b)")), words("mkdir -p $(dirname /a/b)"));
  }

  @Test
  void program_stripsThePath() {
    assertEquals("pip", ShellScript.parse("/usr/bin/pip install x").get(0).program());
  }

  @Test
  void carriageReturn_isPartOfTheWordAsInPosixSh() {
    assertEquals(
        List.of("/tmp/out\r"), ShellScript.parse("echo hi > /tmp/out\r\n").get(0).writes());
  }

  @Test
  void parse_singlePipe_marksTheCommandBeforeItAsPipedInto() {
    List<Boolean> piped =
        ShellScript.parse("curl -fsSL https://example.org/x.sh | sudo sh && echo done").stream()
            .map(ShellCommand::pipedInto)
            .toList();

    assertEquals(List.of(true, false, false), piped);
  }

  @Test
  void parse_orOperatorAndClobberRedirection_areNotPipes() {
    List<Boolean> piped =
        ShellScript.parse("false || true; echo x >| /out").stream()
            .map(ShellCommand::pipedInto)
            .toList();

    assertEquals(List.of(false, false, false), piped);
  }

  @Test
  void parse_bashArrayAssignment_staysOneAssignment() {
    List<ShellCommand> commands =
        ShellScript.parse("PKGS=(\n  sudo\n  git\n)\napt-get install -y x");

    assertEquals(List.of("PKGS=(\n  sudo\n  git\n)"), commands.get(0).assignments());
    assertEquals(
        List.of(List.of(), List.of("apt-get", "install", "-y", "x")),
        commands.stream().map(ShellCommand::words).toList());
  }
}
