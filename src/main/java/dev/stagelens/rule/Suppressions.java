package dev.stagelens.rule;

import dev.stagelens.parse.Directive;
import dev.stagelens.parse.Node;
import dev.stagelens.parse.ParseResult;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Dockerfile itself switches off: the {@code # check=} parser directive at the top, and
 * the comment lines right above an instruction: {@code # check=skip=...} as BuildKit reads it,
 * {@code # hadolint ignore=DL3008,...} for rules with a hadolint equivalent, and {@code # stagelens
 * ignore=Id,...}.
 */
final class Suppressions {

  private static final Pattern CHECK = Pattern.compile("^\\s*check\\s*=\\s*(.+?)\\s*$");
  private static final Pattern IGNORE =
      Pattern.compile("^\\s*(hadolint|stagelens)\\s+ignore\\s*=\\s*(\\S+)");
  private static final String ALL = "all";

  private final CheckOptions file;
  private final List<Node> instructions;

  private Suppressions(CheckOptions file, List<Node> instructions) {
    this.file = file;
    this.instructions = instructions;
  }

  /** The options a {@code check} value sets, as BuildKit's {@code ParseLintOptions} reads them. */
  record CheckOptions(Set<String> skip, boolean error) {

    static final CheckOptions NONE = new CheckOptions(Set.of(), false);

    /** Reads {@code skip=A,B;error=true}; a value BuildKit would reject sets nothing. */
    static CheckOptions parse(String value) {
      Set<String> skip = new HashSet<>();
      boolean error = false;
      for (String part : value.strip().split(";", 3)) {
        int eq = part.indexOf('=');
        if (eq < 0) {
          return NONE;
        }
        String key = part.substring(0, eq).strip();
        String val = part.substring(eq + 1).strip();
        if (key.equals("skip")) {
          for (String rule : val.split(",")) {
            skip.add(rule.strip());
          }
        } else if (key.equals("error")) {
          error = Boolean.parseBoolean(val.toLowerCase(Locale.ROOT)) || val.equals("1");
        } else if (!key.equals("experimental")) {
          return NONE;
        }
      }
      return new CheckOptions(skip, error);
    }

    boolean skips(String rule) {
      return skip.contains(ALL) || skip.contains(rule);
    }
  }

  /** The suppressions of the parsed file. */
  static Suppressions of(ParseResult parsed) {
    CheckOptions file = CheckOptions.NONE;
    for (Directive directive : parsed.directives()) {
      if (directive.name().equals("check")) {
        file = CheckOptions.parse(directive.value());
      }
    }
    return new Suppressions(file, parsed.instructions());
  }

  /** True when the file asks for BuildKit's warnings to fail the build. */
  boolean warningsAreErrors() {
    return file.error();
  }

  /** True when the file or the comments above its instruction switch {@code finding} off. */
  boolean suppresses(Finding finding, Rule rule) {
    if (file.skips(finding.rule())) {
      return true;
    }
    Node node = instructionAt(finding.line());
    return node != null && node.comments().stream().anyMatch(c -> ignores(c, rule));
  }

  private static boolean ignores(String comment, Rule rule) {
    Matcher check = CHECK.matcher(comment);
    if (check.matches()) {
      String value = check.group(1).split(" ", 2)[0];
      return CheckOptions.parse(value).skips(rule.id());
    }
    Matcher ignore = IGNORE.matcher(comment);
    if (!ignore.find()) {
      return false;
    }
    Set<String> ids = Set.of(ignore.group(2).split(","));
    return ignore.group(1).equals("stagelens")
        ? ids.contains(rule.id())
        : rule.hadolint().stream().anyMatch(ids::contains);
  }

  private Node instructionAt(int line) {
    for (Node node : instructions) {
      if (node.startLine() <= line && line <= node.endLine()) {
        return node;
      }
    }
    return null;
  }
}
