package dev.stagelens.parse;

import static dev.stagelens.parse.Parsing.dump;
import static dev.stagelens.parse.Parsing.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuilderFlagsTest {

  @Test
  void leadingDoubleDashWords_becomeFlagsWithQuotesRemoved() {
    assertEquals(
        "(copy [\"--from=build\" \"--chown=me:grp\"] \"a\" \"b\")",
        dump("COPY --from=build --chown=\"me:grp\" a b\n"));
  }

  @Test
  void bareDoubleDash_endsTheFlagsAndIsDropped() {
    assertEquals(
        "(copy [\"--doit=true\"] \"--other\" \"/tmp/\")",
        dump("COPY --doit=true -- --other /tmp/\n"));
  }

  @Test
  void flags_areTakenForEveryInstruction() {
    assertEquals("(user [\"--x=1\"] \"root\")", dump("USER --x=1 root\n"));
  }

  @Test
  void escapeInsideAFlag_keepsTheNextCharacter() {
    Node run = only("RUN --mount=type=cache,target=/a\\ b ls\n");

    assertEquals(List.of("--mount=type=cache,target=/a b"), run.flags());
    assertEquals(List.of("ls"), Parsing.arguments(run));
  }

  @Test
  void backtickEscape_governsFlagsAndLeavesBackslashes() {
    Node run = only("# escape=`\nRUN --x=C:\\y`z w\n");

    assertEquals(List.of("--x=C:\\yz"), run.flags());
  }

  @Test
  void emptyQuotedValue_keepsTheFlag() {
    assertEquals(List.of("--a="), only("RUN --a=\"\" x\n").flags());
  }

  @Test
  void flagsWithoutArguments_leaveNoArguments() {
    assertEquals("(run [\"--network=none\"])", dump("RUN --network=none\n"));
  }

  @Test
  void singleDash_isAnArgument() {
    assertEquals("(run \"-x --y\")", dump("RUN -x --y\n"));
  }

  @Test
  void nonAsciiInAFlag_isReadByteByByteLikeBuildKit() {
    assertEquals(List.of("--chown=\u00c3\u00a9"), only("COPY --chown=\u00e9 a b\n").flags());
  }

  @Test
  void byteA0InsideACharacter_endsTheFlagLikeBuildKit() {
    Node copy = only("COPY --chown=\u00e0 a b\n");

    assertEquals(List.of("--chown=\u00c3"), copy.flags());
    assertEquals(List.of("a", "b"), Parsing.arguments(copy));
  }
}
