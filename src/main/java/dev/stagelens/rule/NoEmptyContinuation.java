package dev.stagelens.rule;

import dev.stagelens.parse.ParseWarning;
import java.util.ArrayList;
import java.util.List;

/** BuildKit's NoEmptyContinuation: a blank line inside a continued instruction. */
final class NoEmptyContinuation extends BuildKitCheck {

  NoEmptyContinuation() {
    super(
        "NoEmptyContinuation",
        false,
        "Empty continuation lines will become errors in a future release",
        "Delete the blank line, or end the instruction before it");
  }

  /** BuildKit runs it over the whole file, before it reads any instruction's comments. */
  @Override
  boolean readsCheckComments() {
    return false;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (ParseWarning warning : context.parsed().warnings()) {
      if (warning.rule().equals(id())) {
        out.add(at(warning.startLine(), warning.endLine(), -1, "Empty continuation line"));
      }
    }
    return out;
  }
}
