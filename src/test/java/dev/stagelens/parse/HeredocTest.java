package dev.stagelens.parse;

import static dev.stagelens.parse.Parsing.described;
import static dev.stagelens.parse.Parsing.dump;
import static dev.stagelens.parse.Parsing.only;
import static dev.stagelens.parse.Parsing.rejection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeredocTest {

  @Test
  void runHeredoc_readsTheBodyUpToTheTerminator() {
    Node run = only("RUN <<EOF\necho hi\necho there\nEOF\n");

    assertEquals(
        List.of(new Heredoc("EOF", "echo hi\necho there\n", true, false, 0, 1, 4)), run.heredocs());
    assertEquals(List.of(1, 4), List.of(run.startLine(), run.endLine()));
    assertEquals("run \"<<EOF\"", Dumper.dump(run));
  }

  @Test
  void severalHeredocsOnOneLine_areReadInOrder() {
    Node copy = only("COPY <<A <<-B /dst\na\nA\nb\n\tB\n");

    assertEquals(
        List.of(
            new Heredoc("A", "a\n", true, false, 0, 1, 3),
            new Heredoc("B", "b\n", true, true, 0, 1, 5)),
        copy.heredocs());
    assertEquals("copy \"<<A\" \"<<-B\" \"/dst\"", Dumper.dump(copy));
  }

  @Test
  void fileDescriptorPrefix_isRecorded() {
    assertEquals(3, only("RUN cat 3<<EOF\nx\nEOF\n").heredocs().get(0).fileDescriptor());
  }

  @Test
  void chompedHeredoc_keepsTabsInTheBodyAndClosesOnAnIndentedTerminator() {
    Heredoc heredoc = only("RUN <<-EOF\n\tx\n\t\tEOF\n").heredocs().get(0);

    assertEquals(new Heredoc("EOF", "\tx\n", true, true, 0, 1, 3), heredoc);
  }

  @Test
  void plainHeredoc_doesNotCloseOnAnIndentedTerminator() {
    DockerfileParseException e = rejection("RUN <<EOF\n\tEOF\n");

    assertEquals(List.of("unterminated heredoc", 1, 2), described(e));
  }

  @Test
  void quotedDelimiter_turnsExpansionOff() {
    assertEquals(
        List.of(false, false, false, true),
        List.of(
            only("RUN <<'EOF'\nEOF\n").heredocs().get(0).expand(),
            only("RUN <<\"EOF\"\nEOF\n").heredocs().get(0).expand(),
            only("RUN <<EO\"F\"\nEOF\n").heredocs().get(0).expand(),
            only("RUN <<EOF\nEOF\n").heredocs().get(0).expand()));
  }

  @Test
  void blanksBetweenOperatorAndName_belongToTheHeredoc() {
    assertEquals("EOF", only("RUN <<  EOF  > out\nEOF\n").heredocs().get(0).name());
  }

  @Test
  void quotedOperatorOrTripleAngle_opensNoHeredoc() {
    assertEquals(
        "(run \"\\\"<<EOF\\\"\")\n(eof \"\")\n(run \"<<<EOF\")\n(eof \"\")",
        dump("RUN \"<<EOF\"\nEOF\nRUN <<<EOF\nEOF\n"));
  }

  @Test
  void unterminatedHeredoc_isRejectedFromTheInstructionLineToTheEnd() {
    DockerfileParseException e = rejection("FROM a\nRUN <<EOF\necho\n");

    assertEquals(List.of("unterminated heredoc", 2, 3), described(e));
  }

  @Test
  void bodyLinesThatLookLikeInstructions_stayInTheBody() {
    ParseResult result = DockerfileParser.parse("FROM a\nRUN <<EOF\nFROM b\n(x)\nEOF\nFROM c\n");

    assertEquals("(from \"a\")\n(run \"<<EOF\")\n(from \"c\")", Dumper.dump(result));
    assertEquals("FROM b\n(x)\n", result.instructions().get(1).heredocs().get(0).content());
  }

  @Test
  void terminatorOnTheLastLineWithoutNewline_closesTheHeredoc() {
    assertEquals("x\n", only("RUN <<EOF\nx\nEOF").heredocs().get(0).content());
  }

  @Test
  void onbuildRunHeredoc_isAttachedToTheOnbuildInstruction() {
    Node onbuild = only("ONBUILD RUN <<EOF\nx\nEOF\n");

    assertEquals(List.of(new Heredoc("EOF", "x\n", true, false, 0, 1, 3)), onbuild.heredocs());
    assertEquals("onbuild (run \"<<EOF\")", Dumper.dump(onbuild));
  }

  @Test
  void jsonFormAndOtherInstructions_openNoHeredoc() {
    ParseResult result = DockerfileParser.parse("RUN [\"<<EOF\"]\nUSER <<EOF\nEOF\n");

    assertEquals(3, result.instructions().size());
    assertEquals(List.of(), result.instructions().get(0).heredocs());
    assertEquals(List.of(), result.instructions().get(1).heredocs());
  }

  @Test
  void expansionWithModifierBeforeTheName_opensNoHeredocLikeBuildKitsSharedWordBuffer() {
    assertEquals("(run \"cat <<${X:-EOF}\")\n(from \"a\")", dump("RUN cat <<${X:-EOF}\nFROM a\n"));
  }

  @Test
  void unsetVariableAsName_isKeptAsWritten() {
    assertEquals("$EOF", only("RUN <<$EOF\n$EOF\n").heredocs().get(0).name());
  }

  @Test
  void lineThatCannotBeLexed_opensNoHeredoc() {
    assertEquals(2, DockerfileParser.parse("RUN <<EOF \"open\nEOF\n").instructions().size());
  }

  @Test
  void delimiterThatCannotBeUnquoted_failsNamingTheDelimiter() {
    ParseFault fault = assertThrows(ParseFault.class, () -> HeredocWords.opener("<<\"EOF"));

    assertEquals(
        "failed to process \"\\\"EOF\": "
            + "unexpected end of statement while looking for matching double-quote",
        fault.getMessage());
  }

  @Test
  void operatorWithoutName_isNoHeredoc() {
    assertNull(HeredocWords.opener("<<"));
    assertNull(HeredocWords.opener("<<-"));
    assertNull(HeredocWords.opener("<<'a b' c"));
  }
}
