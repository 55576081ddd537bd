package io.mastery.rules.workgroup;

import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;
import io.mastery.model.policy.Bounds;
import io.mastery.rules.check.GroupRule;

/** {@code workgroup.size}: the number of different schools a group lists. */
public final class GroupSize extends GroupRule {

  /** Creates the rule. */
  public GroupSize() {
    super(
        RuleCodes.WORKGROUP_SIZE,
        Severity.ERROR,
        "The number of schools is outside the edition's bounds for the phase (Development"
            + " 2019/20: 6 to 7)",
        "NCETM, Primary Teaching for Mastery Programme progress report (July 2019): Work Groups"
            + " of six or seven schools");
  }

  @Override
  public void check(EnrolledGroup group, EnrolledYear year, Findings findings) {
    if (group.rules().isPresent()) {
      Bounds bounds = group.rules().get().schoolsPerGroup();
      int schools = group.listings().size();
      if (!bounds.contains(schools)) {
        Limits.of(findings.violation().workGroup(group.id()).with("schools", schools), bounds)
            .with("phase", group.phase())
            .report();
      }
    }
  }
}
