package io.mastery.rules.check;

import java.util.ArrayList;
import java.util.List;

/**
 * How a message names a long list: the first {@value #NAMED} entries in order, and how many more,
 * so that a message stays short however many groups, schools or places a violation concerns. The
 * subject of the violation, when it is one of the entries, is always among those named.
 */
public final class FirstFew {

  /** How many entries a message names before it only counts the rest. */
  public static final int NAMED = 5;

  private FirstFew() {}

  /**
   * Returns the entries a message names: the first {@value #NAMED} of a list in order.
   *
   * @param ordered the entries, in the order to name them, not null
   * @param <T> the type of entries
   * @return the entries to name, immutable, not null
   */
  public static <T> List<T> of(List<T> ordered) {
    return List.copyOf(ordered.subList(0, Math.min(NAMED, ordered.size())));
  }

  /**
   * Returns the entries a message names, always naming {@code own}: when the list is cut before
   * it, the last named entry gives way to it.
   *
   * @param own the violation's own entry, one of the list's, not null
   * @param ordered the entries, in the order to name them, not null
   * @param <T> the type of entries
   * @return the entries to name, immutable, not null
   */
  public static <T> List<T> naming(T own, List<T> ordered) {
    if (ordered.size() <= NAMED || ordered.subList(0, NAMED).contains(own)) {
      return of(ordered);
    }
    List<T> named = new ArrayList<>(ordered.subList(0, NAMED - 1));
    named.add(own);
    return List.copyOf(named);
  }
}
