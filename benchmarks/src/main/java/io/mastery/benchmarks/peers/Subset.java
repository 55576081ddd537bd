package io.mastery.benchmarks.peers;

import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.engine.Rulebook;
import io.mastery.rules.result.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The six checks every peer expresses, and the rulebook of only those. */
public final class Subset {

  /** The codes of the four checks that judge one object. */
  public static final Set<String> PER_OBJECT =
      Set.of(
          RuleCodes.WORKGROUP_SIZE,
          RuleCodes.WORKGROUP_TEACHERS_PER_SCHOOL,
          RuleCodes.SCHOOL_CLOSED,
          RuleCodes.SCHOOL_OUTSIDE_HUB);

  /** The codes of the six checks: the four per object, the register lookup and the teacher join. */
  public static final Set<String> CODES =
      Set.of(
          RuleCodes.WORKGROUP_SIZE,
          RuleCodes.WORKGROUP_TEACHERS_PER_SCHOOL,
          RuleCodes.SCHOOL_CLOSED,
          RuleCodes.SCHOOL_OUTSIDE_HUB,
          RuleCodes.SCHOOL_UNKNOWN,
          RuleCodes.TEACHER_DOUBLE_ENROLMENT);

  private Subset() {}

  /**
   * Returns the standard rulebook with every rule but the given ones removed.
   *
   * @param codes the codes to keep, not null
   * @return the rulebook, not null
   */
  public static Rulebook rulebook(Set<String> codes) {
    Rulebook.Builder builder = Rulebook.standard().toBuilder();
    for (String code : RuleCodes.ALL) {
      if (!codes.contains(code)) {
        builder.remove(code);
      }
    }
    Rulebook rulebook = builder.build();
    if (rulebook.rules().size() != codes.size()) {
      throw new IllegalStateException("the subset rulebook has " + rulebook.rules());
    }
    return rulebook;
  }

  /**
   * Returns a decision's findings of the given codes only.
   *
   * @param decision the decision, not null
   * @param codes the codes kept, not null
   * @return the findings, sorted and distinct, not null
   */
  public static List<Finding> findings(Decision decision, Set<String> codes) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : Finding.of(decision)) {
      if (codes.contains(f.code())) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Fails unless a peer found exactly the rulebook's findings.
   *
   * @param peer the peer's name, not null
   * @param expected the rulebook's findings, sorted, not null
   * @param found the peer's findings, not null
   * @throws IllegalStateException if they differ
   */
  public static void assertSame(String peer, List<Finding> expected, List<Finding> found) {
    List<Finding> sorted = Finding.sorted(found);
    if (!sorted.equals(expected)) {
      List<Finding> missing = new ArrayList<>(expected);
      missing.removeAll(sorted);
      List<Finding> extra = new ArrayList<>(sorted);
      extra.removeAll(expected);
      throw new IllegalStateException(
          peer + " finds " + sorted.size() + " violations, the rulebook " + expected.size()
              + "; missing " + missing.subList(0, Math.min(5, missing.size()))
              + ", extra " + extra.subList(0, Math.min(5, extra.size())));
    }
  }
}
