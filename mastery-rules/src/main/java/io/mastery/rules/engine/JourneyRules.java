package io.mastery.rules.engine;

import io.mastery.model.school.Urn;
import io.mastery.rules.journey.JourneyRule;
import io.mastery.rules.journey.PhaseRefusal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rules of a school's journey, judged for each school of each Work Group against its history
 * of earlier years (see {@link io.mastery.rules.journey.SchoolJourney}) and the year's other
 * groups.
 *
 * <p>History records of the enrolment's own year or later are not read: the year's participation
 * is what its Work Groups say, and a later year cannot be a prerequisite.
 */
final class JourneyRules {

  private JourneyRules() {}

  /**
   * A rule judged on the school's journey: {@code journey.development-repeated}, {@code
   * journey.prerequisite-missing} or {@code journey.out-of-order}.
   */
  static final class FromHistory extends Rule {

    private final JourneyRule rule;

    FromHistory(JourneyRule rule) {
      super(rule.code(), Severity.ERROR, rule.description(), rule.source());
      this.rule = rule;
    }

    @Override
    void evaluate(EvaluationContext context, Findings findings) {
      for (EnrolledGroup group : context.groups()) {
        for (Urn school : group.schools()) {
          List<PhaseRefusal> refusals =
              context.journey(school).refusals(group.group().phase(), context.year());
          for (PhaseRefusal refusal : refusals) {
            if (refusal.rule() == rule) {
              report(findings, group.id(), school, null, refusal.message());
            }
          }
        }
      }
    }
  }

  /**
   * {@code journey.one-phase-per-year}: every group of the year listing the school is reported, with
   * a message that names the first few of those groups only (see {@link Wording#firstFew}), so that
   * one school in every group gives a decision that grows linearly.
   */
  static final class OnePhasePerYear extends Rule {

    OnePhasePerYear() {
      super(
          JourneyRule.ONE_PHASE_PER_YEAR.code(),
          Severity.ERROR,
          JourneyRule.ONE_PHASE_PER_YEAR.description(),
          JourneyRule.ONE_PHASE_PER_YEAR.source());
    }

    @Override
    void evaluate(EvaluationContext context, Findings findings) {
      for (Urn school : context.enrolledSchools()) {
        List<EnrolledGroup> groups = context.groupsOf(school);
        if (groups.size() < 2) {
          continue;
        }
        String message =
            String.format(
                "School %s is in %s Work Groups in %s (%s); a school takes one phase a year",
                school,
                groups.size(),
                context.year(),
                Wording.list(
                    groups.stream()
                        .map(g -> g.id() + " " + Wording.phase(g.group().phase()))
                        .collect(Collectors.toList())));
        for (EnrolledGroup group : groups) {
          report(findings, group.id(), school, null, message);
        }
      }
    }
  }
}
