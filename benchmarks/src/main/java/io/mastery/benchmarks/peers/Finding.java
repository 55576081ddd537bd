package io.mastery.benchmarks.peers;

import io.mastery.rules.result.Decision;
import io.mastery.rules.result.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * What every peer reports of a violation, to compare them: the rule's code and the subjects (Work
 * Group, school, teacher; empty when the violation has none). The rulebook also renders a message
 * and names arguments; the peers report only these four.
 *
 * @param code the rule's code, not null
 * @param group the Work Group's id or empty, not null
 * @param school the school's URN or empty, not null
 * @param teacher the teacher's TRN or empty, not null
 */
public record Finding(String code, String group, String school, String teacher)
    implements Comparable<Finding> {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::code)
          .thenComparing(Finding::group)
          .thenComparing(Finding::school)
          .thenComparing(Finding::teacher);

  /**
   * Returns the findings of a decision's violations.
   *
   * @param decision the decision, not null
   * @return the findings, sorted and distinct, not null
   */
  public static List<Finding> of(Decision decision) {
    List<Finding> out = new ArrayList<>();
    for (Violation v : decision.violations()) {
      out.add(
          new Finding(
              v.rule(),
              v.workGroup().map(id -> id.value()).orElse(""),
              v.school().map(Object::toString).orElse(""),
              v.teacher().map(t -> t.value()).orElse("")));
    }
    return sorted(out);
  }

  /**
   * Returns findings sorted and distinct.
   *
   * @param findings the findings, not null
   * @return a new sorted list without repeats, not null
   */
  public static List<Finding> sorted(List<Finding> findings) {
    return new ArrayList<>(new TreeSet<>(findings));
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }
}
