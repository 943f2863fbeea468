package dev.stagelens.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one logical line into an instruction, as BuildKit's {@code newNodeFromLine} does: split off
 * the keyword, take the builder flags, then read the arguments by the keyword's rule.
 */
final class InstructionParser {

  private InstructionParser() {}

  /**
   * An instruction before its lines, comments and heredocs are known.
   *
   * @param keyword the keyword as written
   * @param name the keyword in lower case, used for dispatch
   * @param flags the builder flags
   * @param arguments the argument nodes; empty for ONBUILD, whose trigger is {@code trigger}
   * @param json true when the arguments were a JSON array
   * @param original the logical line this instruction was read from
   * @param trigger the instruction ONBUILD wraps, or null
   */
  record Draft(
      String keyword,
      String name,
      List<String> flags,
      List<Node> arguments,
      boolean json,
      String original,
      Draft trigger) {

    /** RUN, COPY and ADD in shell form, also as an ONBUILD trigger, may open heredocs. */
    boolean canContainHeredoc() {
      Draft target = name.equals("onbuild") && trigger != null ? trigger : this;
      return !target.json
          && (target.name.equals("run") || target.name.equals("copy") || target.name.equals("add"));
    }

    /** The finished node; an ONBUILD trigger shares the lines of its ONBUILD. */
    Node toNode(int startLine, int endLine, List<String> comments, List<Heredoc> heredocs) {
      List<Node> next = arguments;
      if (trigger != null) {
        Node inner = trigger.toNode(startLine, endLine, List.of(), List.of());
        next =
            List.of(
                new Node(
                    "",
                    List.of(),
                    List.of(),
                    List.of(inner),
                    List.of(),
                    false,
                    "",
                    0,
                    0,
                    List.of()));
      }
      return new Node(
          keyword, flags, next, List.of(), heredocs, json, original, startLine, endLine, comments);
    }
  }

  /** The arguments one keyword rule produced. */
  private record Arguments(List<Node> nodes, boolean json, Draft trigger) {
    static final Arguments NONE = new Arguments(List.of(), false, null);

    static Arguments of(List<Node> nodes) {
      return new Arguments(nodes, false, null);
    }
  }

  /**
   * Reads one logical line.
   *
   * @throws ParseFault when the arguments break the keyword's rule
   */
  static Draft parse(String line, char escapeToken) {
    String trimmed = GoText.trimSpace(line);
    int keywordEnd = 0;
    while (keywordEnd < trimmed.length() && !GoText.isSeparator(trimmed.charAt(keywordEnd))) {
      keywordEnd++;
    }
    String keyword = trimmed.substring(0, keywordEnd);
    String rest = "";
    List<String> flags = List.of();
    if (keywordEnd < trimmed.length()) {
      int argsStart = keywordEnd;
      while (GoText.isSeparator(trimmed.charAt(argsStart))) {
        argsStart++;
      }
      BuilderFlags.Split split = BuilderFlags.extract(trimmed.substring(argsStart), escapeToken);
      rest = GoText.trimSpace(split.rest());
      flags = split.flags();
    }
    String name = GoText.toLower(keyword);
    Arguments arguments = dispatch(name, rest, escapeToken);
    return new Draft(
        keyword, name, flags, arguments.nodes, arguments.json, line, arguments.trigger);
  }

  private static Arguments dispatch(String name, String rest, char escapeToken) {
    return switch (name) {
      case "add", "copy", "volume" -> jsonOrWhitespaceList(rest);
      case "arg" -> words(rest, escapeToken);
      case "cmd", "entrypoint", "run", "shell" -> jsonOrString(rest);
      case "env" -> nameValuePairs(rest, "ENV", escapeToken);
      case "label" -> nameValuePairs(rest, "LABEL", escapeToken);
      case "expose", "from" -> whitespaceList(rest);
      case "healthcheck" -> healthcheck(rest);
      case "maintainer", "stopsignal", "user", "workdir" -> string(rest);
      case "onbuild" -> trigger(rest, escapeToken);
      default -> Arguments.of(List.of(Node.argument("")));
    };
  }

  private static Arguments string(String rest) {
    return rest.isEmpty() ? Arguments.NONE : Arguments.of(List.of(Node.argument(rest)));
  }

  private static Arguments whitespaceList(String rest) {
    return rest.isEmpty() ? Arguments.NONE : Arguments.of(nodes(GoText.splitSeparators(rest, -1)));
  }

  private static Arguments jsonOrString(String rest) {
    if (rest.isEmpty()) {
      return Arguments.NONE;
    }
    List<String> json = JsonArray.parse(rest);
    return json == null ? string(rest) : new Arguments(nodes(json), true, null);
  }

  private static Arguments jsonOrWhitespaceList(String rest) {
    List<String> json = JsonArray.parse(rest);
    return json == null ? whitespaceList(rest) : new Arguments(nodes(json), true, null);
  }

  private static Arguments words(String rest, char escapeToken) {
    return Arguments.of(nodes(ArgumentWords.split(rest, escapeToken)));
  }

  /** ENV and LABEL: {@code key=value} words, or the legacy {@code KEY name rest-of-line}. */
  private static Arguments nameValuePairs(String rest, String keyword, char escapeToken) {
    List<String> words = ArgumentWords.split(rest, escapeToken);
    if (words.isEmpty()) {
      return Arguments.NONE;
    }
    if (words.get(0).indexOf('=') < 0) {
      List<String> parts = GoText.splitSeparators(rest, 2);
      if (parts.size() < 2) {
        throw ParseFault.missingValue(keyword);
      }
      return Arguments.of(triplet(new ArrayList<>(3), parts.get(0), parts.get(1), ""));
    }
    List<Node> nodes = new ArrayList<>(words.size() * 3);
    for (String word : words) {
      int equals = word.indexOf('=');
      if (equals < 0) {
        throw ParseFault.missingEquals(word);
      }
      triplet(nodes, word.substring(0, equals), word.substring(equals + 1), "=");
    }
    return Arguments.of(nodes);
  }

  private static List<Node> triplet(List<Node> into, String key, String value, String separator) {
    into.add(Node.argument(key));
    into.add(Node.argument(value));
    into.add(Node.argument(separator));
    return into;
  }

  /**
   * HEALTHCHECK: the first word, then the rest read like CMD. BuildKit finds the word's end byte by
   * byte, so the bytes 0x85 and 0xA0 inside a UTF-8 character also end it.
   */
  private static Arguments healthcheck(String rest) {
    if (rest.isEmpty()) {
      return Arguments.NONE;
    }
    byte[] bytes = rest.getBytes(StandardCharsets.UTF_8);
    int typeEnd = 0;
    while (typeEnd < bytes.length && !GoText.isSpace(bytes[typeEnd] & 0xFF)) {
      typeEnd++;
    }
    int commandStart = typeEnd;
    while (commandStart < bytes.length && GoText.isSpace(bytes[commandStart] & 0xFF)) {
      commandStart++;
    }
    Arguments command = jsonOrString(GoText.utf8Slice(rest, bytes, commandStart, bytes.length));
    List<Node> nodes = new ArrayList<>(command.nodes.size() + 1);
    nodes.add(Node.argument(GoText.utf8Slice(rest, bytes, 0, typeEnd)));
    nodes.addAll(command.nodes);
    return new Arguments(nodes, command.json, null);
  }

  private static Arguments trigger(String rest, char escapeToken) {
    return rest.isEmpty()
        ? Arguments.NONE
        : new Arguments(List.of(), false, parse(rest, escapeToken));
  }

  private static List<Node> nodes(List<String> values) {
    List<Node> nodes = new ArrayList<>(values.size());
    for (String value : values) {
      nodes.add(Node.argument(value));
    }
    return nodes;
  }
}
