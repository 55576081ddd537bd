package io.mastery.rules.lead;

import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.rules.check.GroupRule;
import io.mastery.rules.progression.Stage;
import java.util.Optional;

/**
 * {@code workgroup.lead-not-eligible}: the lead is of another stream, or in the training year or
 * before it; a lead whose stage the edition cannot give (no specialist programme for the stream)
 * is not shown eligible either.
 */
public final class LeadNotEligible extends GroupRule {

  /** Creates the rule. */
  public LeadNotEligible() {
    super(
        RuleCodes.WORKGROUP_LEAD_NOT_ELIGIBLE,
        Severity.ERROR,
        "The lead is in the training year, has not yet started, or is a specialist of another"
            + " stream",
        "NCETM overview, the Mastery Specialist programmes; NCETM, Primary Teaching for Mastery"
            + " Programme progress report (July 2019): specialists train, then lead Work Groups");
  }

  @Override
  public void check(EnrolledGroup group, EnrolledYear year, Findings findings) {
    Optional<MasterySpecialist> found = year.specialist(group.lead());
    if (found.isEmpty()) {
      return;
    }
    MasterySpecialist lead = found.get();
    if (lead.stream() != group.stream()) {
      report(findings, group, lead, "other-stream").with("stream", group.stream()).report();
    }
    Optional<Stage> stage = year.progression().stage(lead, year.academicYear());
    if (stage.isEmpty()) {
      report(findings, group, lead, "no-programme")
          .with("edition", year.policy().edition())
          .report();
    } else if (stage.get() == Stage.TRAINING) {
      report(findings, group, lead, "training").with("year", year.academicYear().toString()).report();
    } else if (stage.get() == Stage.NOT_STARTED) {
      report(findings, group, lead, "not-started")
          .with("year", year.academicYear().toString())
          .with("trainingYear", trainingYear(year.policy(), lead.cohort()))
          .report();
    }
  }

  private static Findings.Report report(
      Findings findings, EnrolledGroup group, MasterySpecialist lead, String variant) {
    return findings
        .violation()
        .workGroup(group.id())
        .teacher(group.lead())
        .with("case", variant)
        .with("leadStream", lead.stream())
        .with("cohort", lead.cohort().number());
  }

  /**
   * Names the year a cohort trains in, computed on start years so that a year outside the
   * supported range is still named, never thrown for.
   */
  static String trainingYear(ProgrammePolicy policy, Cohort cohort) {
    return policy
        .streamRules(cohort.stream())
        .map(
            rules -> {
              long start = (long) rules.cohortOneTrainingYear().startYear() + cohort.number() - 1;
              return start <= AcademicYear.MAX_START_YEAR
                  ? AcademicYear.of((int) start).toString()
                  : "the year starting " + start;
            })
        .orElse("an unknown year");
  }
}
