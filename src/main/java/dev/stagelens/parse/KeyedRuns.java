package dev.stagelens.parse;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Lookups in lists kept in ascending order of an int key, such as steps by stage or edges by the
 * stage they lead into: the items sharing a key sit side by side, so a binary search finds them.
 */
public final class KeyedRuns {
  private KeyedRuns() {}

  /**
   * Throws unless the keys of {@code items} never go down.
   *
   * @param what what the items are, for the message
   */
  public static <T> void requireAscending(List<T> items, ToIntFunction<T> key, String what) {
    for (int i = 1; i < items.size(); i++) {
      int previous = key.applyAsInt(items.get(i - 1));
      int current = key.applyAsInt(items.get(i));
      if (current < previous) {
        throw new IllegalArgumentException(
            what
                + " must come in ascending order; item "
                + i
                + " has key "
                + current
                + " after key "
                + previous);
      }
    }
  }

  /** The items of {@code sorted} whose key is {@code value}, as a view of the list. */
  public static <T> List<T> withKey(List<T> sorted, ToIntFunction<T> key, int value) {
    return sorted.subList(firstFrom(sorted, key, value), firstFrom(sorted, key, value + 1));
  }

  /** The index of the first item whose key is {@code value} or more. */
  private static <T> int firstFrom(List<T> sorted, ToIntFunction<T> key, int value) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (key.applyAsInt(sorted.get(middle)) < value) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
