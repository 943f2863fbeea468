package dev.stagelens.parse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeyedRunsTest {

  private static final ToIntFunction<Integer> TENS = n -> n / 10;

  @Test
  void withKey_isTheRunOfItemsSharingTheKey_whateverItsPlace() {
    List<Integer> items = List.of(1, 2, 13, 14, 15, 31, 32, 77);

    assertEquals(List.of(1, 2), KeyedRuns.withKey(items, TENS, 0));
    assertEquals(List.of(13, 14, 15), KeyedRuns.withKey(items, TENS, 1));
    assertEquals(List.of(31, 32), KeyedRuns.withKey(items, TENS, 3));
    assertEquals(List.of(77), KeyedRuns.withKey(items, TENS, 7));
  }

  @Test
  void withKey_isEmpty_forKeysBeforeBetweenAndAfterTheItems() {
    List<Integer> items = List.of(13, 14, 31);

    assertTrue(KeyedRuns.withKey(items, TENS, 0).isEmpty());
    assertTrue(KeyedRuns.withKey(items, TENS, 2).isEmpty());
    assertTrue(KeyedRuns.withKey(items, TENS, 9).isEmpty());
    assertTrue(KeyedRuns.withKey(List.<Integer>of(), TENS, 0).isEmpty());
  }

  @Test
  void withKey_agreesWithAFilter_onEveryKeyOfALongList() {
    List<Integer> items = IntStream.range(0, 1000).map(n -> n * 7 / 3).boxed().toList();

    for (int key = -1; key <= 240; key++) {
      int wanted = key;
      assertEquals(
          items.stream().filter(n -> n / 10 == wanted).toList(),
          KeyedRuns.withKey(items, TENS, key),
          "key " + key);
    }
  }

  @Test
  void requireAscending_namesTheFirstItemOutOfOrder() {
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () -> KeyedRuns.requireAscending(List.of(1, 15, 12, 3), TENS, "numbers"));

    assertEquals(
        "numbers must come in ascending order; item 3 has key 0 after key 1", thrown.getMessage());
  }

  @Test
  void requireAscending_acceptsEqualNeighbours() {
    assertDoesNotThrow(() -> KeyedRuns.requireAscending(List.of(1, 2, 2, 15), TENS, "numbers"));
    assertDoesNotThrow(() -> KeyedRuns.requireAscending(List.<Integer>of(), TENS, "numbers"));
  }
}
