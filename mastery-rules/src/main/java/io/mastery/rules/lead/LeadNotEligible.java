package io.mastery.rules.lead;

import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.policy.StreamRules;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.rules.check.GroupRule;
import io.mastery.rules.progression.Stage;
import java.util.Optional;

/**
 * {@code workgroup.lead-not-eligible}: the lead is of another stream, before the year of the
 * programme from which the edition's specialists of the stream lead (the second year for primary,
 * the third for secondary), or of a stream whose specialists lead no school Work Groups (FE); a
 * lead whose stage the edition cannot give (no specialist programme for the stream) is not shown
 * eligible either.
 *
 * <p>A lead who is one of the hub's Mastery Readiness Leads, of a group whose phase the edition
 * lets a Readiness Lead lead, is eligible whatever the lead's stage as a specialist: such a group
 * does not need a specialist.
 */
public final class LeadNotEligible extends GroupRule {

  /** Creates the rule. */
  public LeadNotEligible() {
    super(
        RuleCodes.WORKGROUP_LEAD_NOT_ELIGIBLE,
        Severity.ERROR,
        "The lead is a specialist of another stream, or has not reached the year of the"
            + " programme from which the edition's specialists lead (primary: the second;"
            + " secondary: the third), or is of a stream whose specialists lead no school Work"
            + " Groups (FE)",
        "NCETM, Primary Teaching for Mastery Programme progress report (July 2019): specialists"
            + " train, then lead Work Groups; booleanmathshub.co.uk, secondary mastery: 'In the"
            + " third year of the programme, Mastery Specialists will lead a Work Group';"
            + " emsmathshub.org.uk, FE Mastery Specialists 2023/24");
  }

  @Override
  public void check(EnrolledGroup group, EnrolledYear year, Findings findings) {
    Optional<MasterySpecialist> found = year.specialist(group.lead());
    if (found.isEmpty()) {
      return;
    }
    if (year.isReadinessLead(group.lead())
        && group.rules().map(PhaseRules::readinessLeadMayLead).orElse(false)) {
      return;
    }
    MasterySpecialist lead = found.get();
    if (lead.stream() != group.stream()) {
      report(findings, group, lead, "other-stream").with("stream", group.stream()).report();
    }
    Optional<StreamRules> rules = year.policy().streamRules(lead.stream());
    Optional<Stage> stage = year.progression().stage(lead, year.academicYear());
    if (rules.isEmpty() || stage.isEmpty()) {
      report(findings, group, lead, "no-programme")
          .with("edition", year.policy().edition())
          .report();
    } else if (!rules.get().leadsWorkGroups()) {
      report(findings, group, lead, "no-work-groups")
          .with("edition", year.policy().edition())
          .report();
    } else if (stage.get() == Stage.TRAINING) {
      long yearOfProgramme =
          year.progression().yearOfProgramme(lead.cohort(), year.academicYear()).orElse(1L);
      if (yearOfProgramme <= 1) {
        report(findings, group, lead, "training")
            .with("year", year.academicYear().toString())
            .report();
      } else {
        report(findings, group, lead, "before-leading-year")
            .with("year", year.academicYear().toString())
            .with("yearOfProgramme", yearOfProgramme)
            .with("firstLeadingYear", rules.get().firstLeadingYear())
            .report();
      }
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
