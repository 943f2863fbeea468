package dev.stagelens.instruction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagelens.parse.GoQuote;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShellLexTest {
  private static final VariableLookup ENV =
      VariableLookup.of(Map.of("SET", "value", "EMPTY", "", "PATHV", "/usr/local/bin/tool.tar.gz"));
  private static final ShellLex LEX = new ShellLex('\\');
  private static final ShellLex BACKTICK = new ShellLex('`');

  private static String expand(String word) {
    return LEX.processWord(word, ENV);
  }

  private static String error(String word) {
    return assertThrows(ExpansionException.class, () -> expand(word)).getMessage();
  }

  @ParameterizedTest(name = "{0} -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "$SET|value",
        "${SET}|value",
        "$UNSET|~~",
        "${UNSET}x|x",
        "${EMPTY}|~~",
        "${SET:-w}|value",
        "${EMPTY:-w}|w",
        "${UNSET:-w}|w",
        "${SET-w}|value",
        "${EMPTY-w}|~~",
        "${UNSET-w}|w",
        "${SET:+w}|w",
        "${EMPTY:+w}|~~",
        "${UNSET:+w}|~~",
        "${SET+w}|w",
        "${EMPTY+w}|w",
        "${UNSET+w}|~~",
        "${SET:?m}|value",
        "${SET?m}|value",
        "${EMPTY?m}|~~",
      })
  void processWord_modifier_givesBuildKitValue(String word, String expected) {
    assertEquals(expected, expand(word));
  }

  @ParameterizedTest(name = "{0} -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "${PATHV#*/}|usr/local/bin/tool.tar.gz",
        "${PATHV##*/}|tool.tar.gz",
        "${PATHV%.*}|/usr/local/bin/tool.tar",
        "${PATHV%%.*}|/usr/local/bin/tool",
        "${PATHV#/usr}|/local/bin/tool.tar.gz",
        "${PATHV#local}|/usr/local/bin/tool.tar.gz",
        "${PATHV%?z}|/usr/local/bin/tool.tar.",
        "${UNSET#*}|~~",
        "${EMPTY%%*}|~~",
        "${PATHV/o/0}|/usr/l0cal/bin/tool.tar.gz",
        "${PATHV//o/0}|/usr/l0cal/bin/t00l.tar.gz",
        "${PATHV/*./X}|Xgz",
        "${PATHV/#/X}|/usr/local/bin/tool.tar.gz",
        "${UNSET/a/b}|~~",
        "${PATHV//\\//_}|_usr_local_bin_tool.tar.gz",
      })
  void processWord_patternModifier_matchesShellGlob(String word, String expected) {
    assertEquals(expected, expand(word));
  }

  @Test
  void replaceAll_escapedDollarZero_insertsWholeMatchAsGoTemplateDoes() {
    VariableLookup env = VariableLookup.of(Map.of("A", "oo"));
    assertEquals("[\\o][\\o]", LEX.processWord("${A//o/[\\$0]}", env));
  }

  @Test
  void replace_unescapedDollarZero_isExpandedAsUnsetVariableFirst() {
    assertEquals("[][]", LEX.processWord("${A//o/[$0]}", VariableLookup.of(Map.of("A", "oo"))));
  }

  @Test
  void replaceFirst_dollarZeroInReplacement_isLiteral() {
    VariableLookup env = VariableLookup.of(Map.of("A", "oo"));
    assertEquals("[\\$0]o", LEX.processWord("${A/o/[\\$0]}", env));
  }

  @Test
  void replaceAll_emptyPattern_insertsBetweenCharacters() {
    assertEquals("-a-b-", LEX.processWord("${A///-}", VariableLookup.of(Map.of("A", "ab"))));
  }

  @Test
  void patterns_starDoesNotCrossNewline() {
    VariableLookup env = VariableLookup.of(Map.of("A", "ab\ncd"));
    assertEquals("ab\ncd", LEX.processWord("${A#*d}", env));
  }

  @Test
  void nestedDefault_resolvesInnerFirst() {
    assertEquals("value", expand("${UNSET:-${SET:-x}}"));
    assertEquals("x", expand("${UNSET:-${NOPE:-x}}"));
  }

  @ParameterizedTest(name = "{0} -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "'$SET'|$SET",
        "\"$SET\"|value",
        "\"a'b\"|a'b",
        "'a\"b'|a\"b",
        "a\\ b|a b",
        "\\$SET|$SET",
        "\"\\$SET\"|$SET",
        "\"\\d\"|\\d",
        "\\d|d",
        "'\\d'|\\d",
        "a\\|a",
        "$|$",
        "$.|$.",
        "$1x|x",
        "${1:-one}|one",
      })
  void processWord_quotesAndEscapes_backslash(String word, String expected) {
    assertEquals(expected, expand(word));
  }

  @ParameterizedTest(name = "{0} -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "C:\\dir|C:\\dir",
        "a` b|a b",
        "`$SET|$SET",
        "\"`$SET\"|$SET",
        "\"C:\\Program Files\"|C:\\Program Files",
        "``|`",
      })
  void processWord_quotesAndEscapes_backtick(String word, String expected) {
    assertEquals(expected, BACKTICK.processWord(word, ENV));
  }

  @Test
  void processWord_byteOrderMarkAtStart_isDropped() {
    assertEquals("value", expand("\uFEFF$SET"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "${|syntax error: missing '}'",
        "${}|syntax error: bad substitution",
        "${:-a}|syntax error: bad substitution",
        "${{a}|syntax error: bad substitution",
        "${a|unsupported modifier (\uFFFD) in substitution",
        "${a:-b|syntax error: missing '}'",
        "${a=b}|unsupported modifier (=) in substitution",
        "${a:=b}|unsupported modifier (:=) in substitution",
        "${a:#b}|unsupported modifier (:#) in substitution",
        "${a:%b}|unsupported modifier (:%) in substitution",
        "${a/b}|syntax error: missing '/' in ${}",
        "${a/b/c|syntax error: missing '}'",
        "${UNSET:?must be set}|UNSET: must be set",
        "${UNSET?}|UNSET: is not allowed to be unset",
        "${EMPTY:?}|EMPTY: is not allowed to be empty",
        "${EMPTY:?empty!}|EMPTY: empty!",
        "'abc|unexpected end of statement while looking for matching single-quote",
        "\"abc|unexpected end of statement while looking for matching double-quote",
        "${SET#\\x}|invalid pattern (\\x) in substitution: invalid escape '\\x'",
      })
  void processWord_malformed_failsWithBuildKitMessage(String word, String reason) {
    assertEquals("failed to process " + GoQuote.quote(word) + ": " + reason, error(word));
  }

  @Test
  void processWords_splitsAfterExpansion_keepingQuotedSpaces() {
    VariableLookup env = VariableLookup.of(Map.of("S", "abc  def"));
    assertEquals(List.of("helloabc", "defbye"), LEX.processWords("hello${S}bye", env));
    assertEquals(List.of("hello", "abc  defbye"), LEX.processWords("hello \"${S}\"bye", env));
  }

  @Test
  void processWords_heredocMarkerWithSpace_staysOneWord() {
    assertEquals(
        List.of("<<  EOF", "/dst"), LEX.processWords("<<  EOF /dst", VariableLookup.EMPTY));
  }

  @Test
  void processWords_nestedModifier_dropsPrecedingPartOfWordLikeBuildKit() {
    assertEquals(List.of("0"), LEX.processWords("8${P:-0}", VariableLookup.EMPTY));
    assertEquals("80", LEX.processWord("8${P:-0}", VariableLookup.EMPTY));
  }

  @Test
  void processWordWithMatches_reportsSetAndUnsetNames() {
    ExpansionResult result = LEX.processWordWithMatches("$SET-${UNSET:-$EMPTY}-$X", ENV);
    assertEquals("value--", result.result());
    assertEquals(Set.of("SET", "EMPTY"), result.matched());
    assertEquals(Set.of("UNSET", "X"), result.unmatched());
  }

  @Test
  void skipProcessQuotes_keepsQuotesButConsumesEscapes() {
    ShellLex heredoc = new ShellLex('\\').withSkipProcessQuotes(true);
    assertEquals("port=\"value\" d+ 'x'", heredoc.processWord("port=\"$SET\" \\d+ 'x'", ENV));
  }

  @Test
  void rawQuotesAndEscapes_keepBoth() {
    ShellLex raw = new ShellLex('\\').withRawQuotes(true).withRawEscapes(true);
    assertEquals("'a b' \"value\" \\x", raw.processWord("'a b' \"$SET\" \\x", ENV));
  }

  @Test
  void skipUnsetEnv_leavesUnsetReferencesAsWritten() {
    ShellLex skip = new ShellLex('\\').withSkipUnsetEnv(true);
    assertEquals(
        "value $NOPE ${NOPE} ${NOPE:-d}", skip.processWord("$SET $NOPE ${NOPE} ${NOPE:-d}", ENV));
  }

  @Test
  void maxLength_exceededByExpansion_failsNamingLimit() {
    VariableLookup env = VariableLookup.of(Map.of("A", "x".repeat(600)));
    ExpansionException e =
        assertThrows(
            ExpansionException.class, () -> LEX.withMaxLength(1000).processWord("$A$A", env));
    assertTrue(e.isLimit());
    assertEquals(
        "expanded text is longer than the limit of 1000 characters; shorten the values or raise"
            + " the limit",
        e.reason());
  }

  @Test
  void maxLength_exactlyReached_succeeds() {
    VariableLookup env = VariableLookup.of(Map.of("A", "x".repeat(500)));
    assertEquals(1000, LEX.withMaxLength(1000).processWord("$A$A", env).length());
  }

  @Test
  void maxLength_replaceAllGrowth_isBounded() {
    VariableLookup env = VariableLookup.of(Map.of("A", "a".repeat(100), "R", "r".repeat(100)));
    ExpansionException e =
        assertThrows(
            ExpansionException.class, () -> LEX.withMaxLength(5000).processWord("${A//a/$R}", env));
    assertTrue(e.isLimit());
  }

  @Test
  void defaultLimits_areOneMebibyteAndSixtyFourLevels() {
    assertEquals(1 << 20, ShellLex.DEFAULT_MAX_LENGTH);
    assertEquals(64, ShellLex.DEFAULT_MAX_NESTING);
  }

  @Test
  void nesting_withinLimit_expands() {
    assertEquals("deep", expand(nested(64)));
  }

  @Test
  void nesting_beyondLimit_failsWithoutStackOverflow() {
    ExpansionException e = assertThrows(ExpansionException.class, () -> expand(nested(65)));
    assertTrue(e.isLimit());
    assertEquals(
        "variable substitutions are nested deeper than 64 levels; flatten the ${...} expressions",
        e.reason());
  }

  @Test
  void nesting_hugeDepth_failsCleanly() {
    ExpansionException e = assertThrows(ExpansionException.class, () -> expand(nested(100_000)));
    assertTrue(e.isLimit());
  }

  @Test
  void patternMatching_manyStarsOnLongValue_staysFast() {
    VariableLookup env = VariableLookup.of(Map.of("A", "a".repeat(200_000)));
    long start = System.nanoTime();
    assertEquals("a".repeat(200_000), LEX.processWord("${A#*a*a*a*a*a*b}", env));
    assertTrue(System.nanoTime() - start < 5_000_000_000L);
  }

  @Test
  void constructor_otherEscapeToken_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> new ShellLex('^'));
  }

  private static String nested(int depth) {
    return "${U:-".repeat(depth) + "deep" + "}".repeat(depth);
  }

  @Test
  void processWord_charactersOutsideTheBasicPlane_stayWholeAroundExpansions() {
    assertEquals("\uD83D\uDC33value\uD83D\uDC33", expand("\uD83D\uDC33$SET\uD83D\uDC33"));
  }

  @Test
  void processWordWithMatches_noVariables_reportsEmptyMatches() {
    ExpansionResult result = LEX.processWordWithMatches("plain 'text'", ENV);

    assertEquals("plain text", result.result());
    assertEquals(Set.of(), result.matched());
    assertEquals(Set.of(), result.unmatched());
  }
}
