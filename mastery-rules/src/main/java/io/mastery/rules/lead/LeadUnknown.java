package io.mastery.rules.lead;

import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;
import io.mastery.rules.check.GroupRule;

/** {@code workgroup.lead-unknown}: the lead's TRN is not one of the hub's specialists. */
public final class LeadUnknown extends GroupRule {

  /** Creates the rule. */
  public LeadUnknown() {
    super(
        RuleCodes.WORKGROUP_LEAD_UNKNOWN,
        Severity.ERROR,
        "The lead's TRN is not one of the hub's Mastery Specialists",
        "Maths Hubs, Teaching for Mastery (each Work Group is led by a Mastery Specialist)");
  }

  @Override
  public void check(EnrolledGroup group, EnrolledYear year, Findings findings) {
    if (year.specialist(group.lead()).isEmpty()) {
      findings.violation().workGroup(group.id()).teacher(group.lead()).report();
    }
  }
}
