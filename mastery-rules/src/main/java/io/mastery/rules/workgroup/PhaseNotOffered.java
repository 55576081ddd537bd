package io.mastery.rules.workgroup;

import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;
import io.mastery.rules.check.GroupRule;

/** {@code workgroup.phase-not-offered}: the edition has no rules for the group's stream and phase. */
public final class PhaseNotOffered extends GroupRule {

  /** Creates the rule. */
  public PhaseNotOffered() {
    super(
        RuleCodes.WORKGROUP_PHASE_NOT_OFFERED,
        Severity.ERROR,
        "The policy edition has no rules for the Work Group's phase in its stream (such as FE"
            + " Work Groups)",
        "NCETM, Primary Teaching for Mastery Programme progress report (July 2019): phases and"
            + " sizes change by year, so they are edition data; the edition in force");
  }

  @Override
  public void check(EnrolledGroup group, EnrolledYear year, Findings findings) {
    if (group.rules().isEmpty()) {
      findings
          .violation()
          .workGroup(group.id())
          .with("stream", group.stream())
          .with("phase", group.phase())
          .with("edition", year.policy().edition())
          .report();
    }
  }
}
