package dev.stagelens.api;

import java.util.List;

/**
 * The JSON answer of {@code POST /api/v1/ast}, shaped by the {@code Ast} schema of the contract.
 */
public record AstView(
    String escape,
    List<DirectiveView> directives,
    List<NodeView> instructions,
    List<AnalysisView.WarningView> warnings) {

  /** A parser directive from the top of the file. */
  public record DirectiveView(String name, String value, int line) {}

  /** One instruction as parsed. */
  public record NodeView(
      String keyword,
      List<String> flags,
      List<String> args,
      boolean json,
      String original,
      int startLine,
      int endLine,
      List<String> comments,
      List<HeredocView> heredocs,
      NodeView onbuild,
      InstructionView instruction,
      String instructionError) {}

  /** A heredoc attached to an instruction. */
  public record HeredocView(
      String name, String content, boolean expand, boolean chomp, int fileDescriptor) {}
}
