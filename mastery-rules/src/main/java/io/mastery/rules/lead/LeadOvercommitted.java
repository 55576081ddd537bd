package io.mastery.rules.lead;

import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;
import io.mastery.model.policy.PhaseRules;
import io.mastery.rules.check.Assignment;
import io.mastery.rules.check.AssignmentRule;
import io.mastery.rules.check.FirstFew;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code workgroup.lead-overcommitted}: counted per stream and phase; every such group reported,
 * each message naming the first few groups in id order (its own among them) and how many more.
 *
 * <p>The limit is the edition's {@code groups_per_lead} of the phase, whoever leads: a hub's
 * Mastery Readiness Lead leading Readiness groups is held to it as a specialist is (the sources
 * give no other figure; a hub that lets its Readiness Lead lead more raises the phase row's limit).
 */
public final class LeadOvercommitted extends AssignmentRule {

  /** Creates the rule. */
  public LeadOvercommitted() {
    super(
        RuleCodes.WORKGROUP_LEAD_OVERCOMMITTED,
        Severity.ERROR,
        "The lead leads more Work Groups of a phase in the year than the edition allows"
            + " (Development: 1)",
        "NCETM, Primary Teaching for Mastery Programme progress report (July 2019): a specialist"
            + " leads a Work Group, then the next year another");
  }

  @Override
  public void check(
      Assignment assignment, List<EnrolledGroup> groups, EnrolledYear year, Findings findings) {
    Optional<PhaseRules> rules =
        year.policy().phaseRules(assignment.stream(), assignment.phase(), year.academicYear());
    if (rules.isEmpty() || groups.size() <= rules.get().groupsLedPerSpecialist()) {
      return;
    }
    List<String> ids = new ArrayList<>(groups.size());
    for (EnrolledGroup group : groups) {
      ids.add(group.id().value());
    }
    ids.sort(null);
    for (EnrolledGroup group : groups) {
      List<String> named = FirstFew.naming(group.id().value(), ids);
      findings
          .violation()
          .workGroup(group.id())
          .teacher(assignment.lead())
          .with("led", groups.size())
          .with("stream", assignment.stream())
          .with("phase", assignment.phase())
          .with("year", year.academicYear().toString())
          .with("groups", named)
          .with("more", ids.size() - named.size())
          .with("edition", year.policy().edition())
          .with("allowed", rules.get().groupsLedPerSpecialist())
          .report();
    }
  }
}
