package dev.stagelens.api;

import dev.stagelens.instruction.Instruction;
import dev.stagelens.instruction.InstructionException;
import dev.stagelens.instruction.InstructionParser;
import dev.stagelens.parse.Heredoc;
import dev.stagelens.parse.Node;
import dev.stagelens.parse.ParseResult;
import dev.stagelens.parse.ParseWarning;
import dev.stagelens.parse.SecretPatterns;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps the parser's tree to its API view, so that no internal type and no secret-looking value
 * reaches the wire.
 */
final class AstMapper {

  private AstMapper() {}

  /** The view of {@code result}, with every secret-looking value masked. */
  static AstView toView(ParseResult result) {
    SecretPatterns secrets = secrets(result);
    return new AstView(
        String.valueOf(result.escapeToken()),
        result.directives().stream()
            .map(d -> new AstView.DirectiveView(d.name(), secrets.redact(d.value()), d.line()))
            .toList(),
        result.instructions().stream().map(n -> node(n, secrets)).toList(),
        warnings(result.warnings(), secrets));
  }

  static List<AnalysisView.WarningView> warnings(
      List<ParseWarning> warnings, SecretPatterns secrets) {
    return warnings.stream()
        .map(
            w ->
                new AnalysisView.WarningView(
                    w.rule(), secrets.redact(w.message()), w.startLine(), w.endLine()))
        .toList();
  }

  /**
   * Masks by name and shape, and the values written for secret-named ARG, ENV and LABEL keys
   * wherever else they appear.
   */
  static SecretPatterns secrets(ParseResult result) {
    List<String> values = new ArrayList<>();
    for (Node node : result.instructions()) {
      List<String> args = node.next().stream().map(Node::value).toList();
      if (isPairs(node)) {
        for (int i = 0; i + 1 < args.size(); i += 2) {
          addIfSecret(args.get(i), args.get(i + 1), values);
        }
      } else if (node.value().equalsIgnoreCase("arg")) {
        args.stream()
            .filter(a -> a.indexOf('=') > 0)
            .forEach(a -> addIfSecret(a.substring(0, a.indexOf('=')), a, values));
      }
    }
    return SecretPatterns.none().withValues(values);
  }

  private static void addIfSecret(String name, String value, List<String> values) {
    if (SecretPatterns.isSecretName(name)) {
      values.add(value.substring(value.startsWith(name + "=") ? name.length() + 1 : 0));
    }
  }

  private static boolean isPairs(Node node) {
    return node.value().equalsIgnoreCase("env") || node.value().equalsIgnoreCase("label");
  }

  private static AstView.NodeView node(Node node, SecretPatterns secrets) {
    Instruction typed = null;
    String error = null;
    try {
      typed = InstructionParser.parse(node);
    } catch (InstructionException e) {
      error = secrets.redact(e.getMessage());
    }
    List<String> args = new ArrayList<>();
    AstView.NodeView onbuild = null;
    String previous = "";
    for (Node arg : node.next()) {
      if (arg.children().isEmpty()) {
        boolean value = isPairs(node) && args.size() % 2 == 1;
        args.add(value ? secrets.redactValue(previous, arg.value()) : secrets.redact(arg.value()));
        previous = arg.value();
      } else {
        onbuild = node(arg.children().get(0), secrets);
      }
    }
    return new AstView.NodeView(
        node.value(),
        node.flags().stream().map(secrets::redact).toList(),
        args,
        node.json(),
        secrets.redact(node.original()),
        node.startLine(),
        node.endLine(),
        node.comments().stream().map(secrets::redact).toList(),
        node.heredocs().stream().map(h -> heredoc(h, secrets)).toList(),
        onbuild,
        typed == null ? null : InstructionMapper.toView(typed, secrets),
        error);
  }

  private static AstView.HeredocView heredoc(Heredoc heredoc, SecretPatterns secrets) {
    return new AstView.HeredocView(
        heredoc.name(),
        secrets.redact(heredoc.content()),
        heredoc.expand(),
        heredoc.chomp(),
        heredoc.fileDescriptor());
  }
}
