package io.mastery.rules.lead;

import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;
import io.mastery.model.policy.PhaseRules;
import io.mastery.rules.check.GroupRule;

/**
 * {@code workgroup.lead-unknown}: the lead's TRN is not one of the hub's Mastery Specialists, nor,
 * for a group whose phase the edition lets a Mastery Readiness Lead lead (Mastery Readiness), one
 * of the hub's Mastery Readiness Leads.
 */
public final class LeadUnknown extends GroupRule {

  /** Creates the rule. */
  public LeadUnknown() {
    super(
        RuleCodes.WORKGROUP_LEAD_UNKNOWN,
        Severity.ERROR,
        "The lead's TRN is not one of the hub's Mastery Specialists, nor, where the phase allows"
            + " it (Mastery Readiness), one of its Mastery Readiness Leads",
        "Maths Hubs, Teaching for Mastery (each Work Group is led by a Mastery Specialist);"
            + " emsmathshub.org.uk, Mastery Readiness Work Group 2024/25 ('led by one of the Maths"
            + " Hub's Mastery Readiness Leads')");
  }

  @Override
  public void check(EnrolledGroup group, EnrolledYear year, Findings findings) {
    if (year.specialist(group.lead()).isPresent()) {
      return;
    }
    boolean readinessLeadMayLead =
        group.rules().map(PhaseRules::readinessLeadMayLead).orElse(false);
    if (readinessLeadMayLead && year.isReadinessLead(group.lead())) {
      return;
    }
    Findings.Report report = findings.violation().workGroup(group.id()).teacher(group.lead());
    if (readinessLeadMayLead) {
      report.with("case", "readiness");
    }
    report.report();
  }
}
