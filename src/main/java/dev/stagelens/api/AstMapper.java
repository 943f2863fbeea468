package dev.stagelens.api;

import dev.stagelens.instruction.Instruction;
import dev.stagelens.instruction.InstructionException;
import dev.stagelens.instruction.InstructionParser;
import dev.stagelens.parse.Heredoc;
import dev.stagelens.parse.Node;
import dev.stagelens.parse.ParseResult;
import dev.stagelens.parse.ParseWarning;
import java.util.ArrayList;
import java.util.List;

/** Maps the parser's tree to its API view, so that no internal type reaches the wire. */
final class AstMapper {

  private AstMapper() {}

  static AstView toView(ParseResult result) {
    return new AstView(
        String.valueOf(result.escapeToken()),
        result.directives().stream()
            .map(d -> new AstView.DirectiveView(d.name(), d.value(), d.line()))
            .toList(),
        result.instructions().stream().map(AstMapper::node).toList(),
        warnings(result.warnings()));
  }

  static List<AnalysisView.WarningView> warnings(List<ParseWarning> warnings) {
    return warnings.stream()
        .map(w -> new AnalysisView.WarningView(w.rule(), w.message(), w.startLine(), w.endLine()))
        .toList();
  }

  private static AstView.NodeView node(Node node) {
    Instruction typed = null;
    String error = null;
    try {
      typed = InstructionParser.parse(node);
    } catch (InstructionException e) {
      error = e.getMessage();
    }
    List<String> args = new ArrayList<>();
    AstView.NodeView onbuild = null;
    for (Node arg : node.next()) {
      if (arg.children().isEmpty()) {
        args.add(arg.value());
      } else {
        onbuild = node(arg.children().get(0));
      }
    }
    return new AstView.NodeView(
        node.value(),
        node.flags(),
        args,
        node.json(),
        node.original(),
        node.startLine(),
        node.endLine(),
        node.comments(),
        node.heredocs().stream().map(AstMapper::heredoc).toList(),
        onbuild,
        typed == null ? null : InstructionMapper.toView(typed),
        error);
  }

  private static AstView.HeredocView heredoc(Heredoc heredoc) {
    return new AstView.HeredocView(
        heredoc.name(),
        heredoc.content(),
        heredoc.expand(),
        heredoc.chomp(),
        heredoc.fileDescriptor());
  }
}
