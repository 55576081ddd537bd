package io.mastery.rules.workgroup;

import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;
import io.mastery.model.policy.Bounds;
import io.mastery.model.workgroup.Participation;
import io.mastery.rules.check.GroupRule;

/** {@code workgroup.teachers-per-school}: the teachers listed for a school, repeats included. */
public final class TeachersPerSchool extends GroupRule {

  /** Creates the rule. */
  public TeachersPerSchool() {
    super(
        RuleCodes.WORKGROUP_TEACHERS_PER_SCHOOL,
        Severity.ERROR,
        "A school sends another number of teachers than the edition requires for the phase"
            + " (Development: 2)",
        "NCETM, Primary Teaching for Mastery Programme progress report (July 2019): two teachers"
            + " from each school");
  }

  @Override
  public void check(EnrolledGroup group, EnrolledYear year, Findings findings) {
    if (group.rules().isPresent()) {
      Bounds bounds = group.rules().get().teachersPerSchool();
      for (Participation participation : group.participations()) {
        int teachers = participation.teachers().size();
        if (!bounds.contains(teachers)) {
          Findings.Report report =
              findings.violation().workGroup(group.id()).school(participation.school());
          Limits.of(report.with("teachers", teachers), bounds).with("phase", group.phase()).report();
        }
      }
    }
  }
}
