package dev.stagelens.parse;

import static dev.stagelens.parse.Parsing.arguments;
import static dev.stagelens.parse.Parsing.described;
import static dev.stagelens.parse.Parsing.dump;
import static dev.stagelens.parse.Parsing.only;
import static dev.stagelens.parse.Parsing.rejection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArgumentRulesTest {

  private static final String NOT_STRINGS =
      "when using JSON array syntax, arrays must be comprised of strings only";

  @Test
  void jsonArrayOfStrings_isExecForm() {
    Node cmd = only("CMD [\"a\", \"b c\"]\n");

    assertTrue(cmd.json());
    assertEquals(List.of("a", "b c"), arguments(cmd));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[\"a\", 'b']",
        "[\"a\",]",
        "[\"a\"] x",
        "[NaN]",
        "[01]",
        "[\"a\" /* c */]",
        "[\"a\tb\"]",
        "[\"a\",\u000b\"b\"]",
        "[\"a\", \"\\q\"]",
        "[\"a\",\u00a0\"b\"]",
        "[1e400]",
        "[\"a\", [1e999]]",
        "[\"a\""
      })
  void textGoRejectsAsJson_fallsBackToOneShellString(String rest) {
    Node cmd = only("CMD " + rest + "\n");

    assertFalse(cmd.json());
    assertEquals(List.of(rest), arguments(cmd));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1]", "[\"a\", null]", "[[\"a\"]]", "[{\"k\": 1, \"k\": 2}]", "[true]"})
  void validJsonWithANonString_isRejected(String rest) {
    DockerfileParseException e = rejection("FROM a\nCMD " + rest + "\n");

    assertEquals(List.of(NOT_STRINGS, 2, 2), described(e));
  }

  @Test
  void jsonEscapes_areDecodedAsGoDecodesThem() {
    Node cmd = only("CMD [\"\\u00e9\\/\\ud800x\\u0000\", \"\\ud83d\\ude00\"]\n");

    assertEquals(List.of("\u00e9/\ufffdx\u0000", "\ud83d\ude00"), arguments(cmd));
  }

  @Test
  void tabsAndSpacesBetweenJsonTokens_areAccepted() {
    assertEquals("(cmd \"a\" \"b\")", dump("CMD [\t\"a\" ,\t\"b\" ]\n"));
  }

  @Test
  void emptyJsonArray_isExecFormWithoutArguments() {
    Node cmd = only("CMD []\n");

    assertTrue(cmd.json());
    assertEquals(List.of(), arguments(cmd));
  }

  @Test
  void nestingUpToGosLimit_isJsonAndDeeperIsNot() {
    String deepest = "[".repeat(10_000) + "]".repeat(10_000);
    String tooDeep = "[".repeat(10_001) + "]".repeat(10_001);

    assertEquals(NOT_STRINGS, rejection("CMD " + deepest + "\n").getMessage());
    assertEquals(List.of(tooDeep), arguments(only("CMD " + tooDeep + "\n")));
  }

  @Test
  void copyAddVolume_takeJsonOrSplitOnWhitespace() {
    assertEquals(
        "(copy \"a b\" \"c\")\n(add \"x\" \"y\")\n(volume \"/a\" \"/b\")\n(volume \"/c\")",
        dump("COPY [\"a b\", \"c\"]\nADD x \t y\nVOLUME /a /b\nVOLUME [\"/c\"]\n"));
  }

  @Test
  void fromAndExpose_splitOnWhitespaceWithoutReadingQuotes() {
    assertEquals(
        "(from \"\\\"a\" \"b\\\"\" \"AS\" \"c\")\n(expose \"80/tcp\" \"443\")",
        dump("FROM \"a b\"  AS  c\nEXPOSE 80/tcp\t443\n"));
  }

  @Test
  void oneStringInstructions_keepTheWholeRest() {
    assertEquals(
        "(user \"a b\")\n(workdir \"/x y\")\n(maintainer \"Me <me@x>\")\n(stopsignal \"SIGKILL\")",
        dump("USER  a b \nWORKDIR /x y\nMAINTAINER Me <me@x>\nSTOPSIGNAL SIGKILL\n"));
  }

  @Test
  void envPairs_giveKeyValueAndEqualsTriplets() {
    assertEquals(
        List.of("a", "b", "=", "c", "\"d e\"", "=", "f\\ g", "h", "="),
        arguments(only("ENV a=b c=\"d e\" f\\ g=h\n")));
  }

  @Test
  void legacyEnv_takesTheWholeRestAsValueWithEmptySeparator() {
    assertEquals(List.of("a", "b  c", ""), arguments(only("ENV a\tb  c\n")));
  }

  @Test
  void legacyLabel_isReadLikeLegacyEnv() {
    assertEquals("(label \"a\" \"\\\"b\\\"\" \"\")", dump("LABEL a \"b\"\n"));
  }

  @Test
  void envWithOnlyAName_isRejected() {
    assertEquals(List.of("ENV must have two arguments", 1, 1), described(rejection("ENV a\n")));
  }

  @Test
  void labelWithOnlyAName_isRejected() {
    assertEquals(List.of("LABEL must have two arguments", 1, 1), described(rejection("LABEL a\n")));
  }

  @Test
  void pairFollowedByBareWord_isRejectedNamingTheWord() {
    DockerfileParseException e = rejection("ENV a=b c\n");

    assertEquals(
        "Syntax error - can't find = in \"c\". Must be of the form: name=value", e.getMessage());
  }

  @Test
  void envWithoutArguments_hasNone() {
    assertEquals("(env)", dump("ENV\n"));
  }

  @Test
  void arg_keepsEachWordWithQuotes() {
    assertEquals(List.of("a", "b=c", "d=\"e f\""), arguments(only("ARG a b=c d=\"e f\"\n")));
  }

  @Test
  void healthcheck_takesTheTypeThenTheCommand() {
    assertEquals(
        "(healthcheck)\n(healthcheck \"NONE\")\n"
            + "(healthcheck [\"--interval=5s\"] \"CMD\" \"curl -f x\")\n"
            + "(healthcheck \"CMD\" \"a\" \"b\")",
        dump(
            "HEALTHCHECK\nHEALTHCHECK NONE\nHEALTHCHECK --interval=5s CMD curl -f x\n"
                + "HEALTHCHECK CMD [\"a\", \"b\"]\n"));
  }

  @Test
  void healthcheckJsonCommand_marksTheInstructionJson() {
    assertTrue(only("HEALTHCHECK CMD [\"a\"]\n").json());
  }

  @Test
  void onbuild_wrapsItsTriggerWithTheSameLines() {
    Node onbuild = only("ONBUILD COPY --from=a b \\\n c\n");
    Node trigger = onbuild.next().get(0).children().get(0);

    assertEquals("onbuild (copy [\"--from=a\"] \"b\" \"c\")", Dumper.dump(onbuild));
    assertEquals(List.of(1, 2), List.of(trigger.startLine(), trigger.endLine()));
    assertEquals("COPY --from=a b  c", trigger.original());
  }

  @Test
  void onbuildWithoutTrigger_hasNoArguments() {
    assertEquals("(onbuild)", dump("ONBUILD\n"));
  }

  @Test
  void onbuildOfOnbuildOrFrom_isLeftToTheInstructionStageLikeBuildKitsParser() {
    assertEquals(
        "(onbuild (onbuild (run \"x\")))\n(onbuild (from \"a\"))",
        dump("ONBUILD ONBUILD RUN x\nONBUILD FROM a\n"));
  }

  @Test
  void keyword_keepsItsCaseButDumpsLowerCase() {
    Node from = only("FrOm a\n");

    assertEquals("FrOm", from.value());
    assertEquals("FrOm a", from.original());
    assertEquals("from \"a\"", Dumper.dump(from));
  }
}
