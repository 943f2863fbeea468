package dev.stagelens.rule;

import dev.stagelens.graph.CheckDirective;
import dev.stagelens.parse.Node;
import dev.stagelens.parse.ParseResult;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Dockerfile itself switches off: the {@code # check=} parser directive at the top, and
 * the comment lines right above an instruction: {@code # check=skip=...} as BuildKit reads it (the
 * first check comment only, its options up to the first space, {@code error=} ignored, and not for
 * the checks BuildKit runs over the whole file), {@code # hadolint ignore=DL3008,...} for rules
 * with a hadolint equivalent, and {@code # stagelens ignore=Id,...}.
 */
final class Suppressions {

  private static final Pattern CHECK = Pattern.compile("^\\s*(?i:check)\\s*=\\s*(.+?)\\s*$");
  private static final Pattern IGNORE =
      Pattern.compile("^\\s*(hadolint|stagelens)\\s+ignore\\s*=\\s*(\\S+)");
  private final CheckDirective file;
  private final List<Node> instructions;

  private Suppressions(CheckDirective file, List<Node> instructions) {
    this.file = file;
    this.instructions = instructions;
  }

  /** The suppressions of the parsed file. */
  static Suppressions of(ParseResult parsed) {
    return new Suppressions(CheckDirective.of(parsed.directives()), parsed.instructions());
  }

  /** True when the file asks for BuildKit's warnings to fail the build. */
  boolean warningsAreErrors() {
    return file.error();
  }

  /** True when the file or the comments above the governing instruction switch it off. */
  boolean suppresses(Finding finding, Rule rule) {
    if (!file.runs(finding.rule())) {
      return true;
    }
    Node at = instructionAt(finding.line());
    if (at == null) {
      return false;
    }
    Node node = rule instanceof AbstractRule own ? own.commentedInstruction(at, instructions) : at;
    return skippedByCheckComment(node.comments(), rule)
        || node.comments().stream().anyMatch(c -> ignores(c, rule));
  }

  /** BuildKit reads the first {@code check} comment above an instruction and no other. */
  private static boolean skippedByCheckComment(List<String> comments, Rule rule) {
    if (rule instanceof BuildKitCheck check && !check.readsCheckComments()) {
      return false;
    }
    for (String comment : comments) {
      Matcher matcher = CHECK.matcher(comment);
      if (matcher.matches()) {
        String value = matcher.group(1).split(" ", 2)[0];
        return !CheckDirective.lenient(value).runs(rule.id());
      }
    }
    return false;
  }

  private static boolean ignores(String comment, Rule rule) {
    Matcher ignore = IGNORE.matcher(comment);
    if (!ignore.find()) {
      return false;
    }
    Set<String> ids = Set.of(ignore.group(2).split(","));
    return ignore.group(1).equals("stagelens")
        ? ids.contains(rule.id())
        : rule.hadolint().stream().anyMatch(ids::contains);
  }

  /** The instruction spanning {@code line}; instructions come in file order and never overlap. */
  private Node instructionAt(int line) {
    int low = 0;
    int high = instructions.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      Node node = instructions.get(middle);
      if (line < node.startLine()) {
        high = middle - 1;
      } else if (line > node.endLine()) {
        low = middle + 1;
      } else {
        return node;
      }
    }
    return null;
  }
}
