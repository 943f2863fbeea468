package dev.stagelens.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stagelens.parse.Limit;
import dev.stagelens.parse.LimitExceededException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatternLimitsTest {

  @Test
  void wildcards_countStarRunsQuestionMarksAndClassesButNotEscapes() {
    assertEquals(4, PatternLimits.wildcards("**/src/*.j?[ab]\\*"));
  }

  @Test
  void check_overTheBound_namesTheCountAndLines() {
    LimitExceededException e =
        assertThrows(LimitExceededException.class, () -> PatternLimits.check("*/*/*", 2, 4, 5));

    assertEquals(
        List.of(Limit.PATTERN_WILDCARDS, 2L, "pattern has 3 wildcards, more than 2", 4, 5),
        List.of(e.limit(), e.value(), e.getMessage(), e.startLine(), e.endLine()));
  }
}
