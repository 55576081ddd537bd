package io.mastery.rules.engine;

import io.mastery.rules.result.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The violations of one evaluation in their stable order. */
final class Verdicts {

  private Verdicts() {}

  /**
   * Returns the violations sorted; a violation reported twice about the same subjects in the same
   * words and arguments is one violation.
   */
  static List<Violation> sortedDistinct(List<Violation> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    List<Violation> sorted = new ArrayList<>(found);
    Collections.sort(sorted);
    List<Violation> distinct = new ArrayList<>(sorted.size());
    Violation last = null;
    for (Violation v : sorted) {
      if (last == null || last.compareTo(v) != 0) {
        distinct.add(v);
        last = v;
      }
    }
    return distinct;
  }
}
