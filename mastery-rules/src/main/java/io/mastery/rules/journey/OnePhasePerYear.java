package io.mastery.rules.journey;

import io.mastery.model.school.Urn;
import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.FirstFew;
import io.mastery.rules.check.SchoolYearRule;
import io.mastery.rules.result.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code journey.one-phase-per-year}: a school in more than one Work Group of the year; every group
 * listing it is reported, each message naming the first few groups in id order and how many more.
 */
public final class OnePhasePerYear extends SchoolYearRule {

  /** Creates the rule. */
  public OnePhasePerYear() {
    super(
        JourneyRule.ONE_PHASE_PER_YEAR.code(),
        Severity.ERROR,
        JourneyRule.ONE_PHASE_PER_YEAR.description(),
        JourneyRule.ONE_PHASE_PER_YEAR.source());
  }

  @Override
  public void check(Urn school, List<EnrolledGroup> groups, EnrolledYear year, Findings findings) {
    if (groups.size() < 2) {
      return;
    }
    List<EnrolledGroup> sorted = new ArrayList<>(groups);
    sorted.sort(
        Comparator.comparing((EnrolledGroup g) -> g.id().value())
            .thenComparing(EnrolledGroup::phase));
    List<List<Object>> named = new ArrayList<>();
    for (EnrolledGroup group : FirstFew.of(sorted)) {
      named.add(List.of(group.id().value(), group.phase()));
    }
    for (EnrolledGroup group : groups) {
      findings
          .violation()
          .workGroup(group.id())
          .school(school)
          .with("count", groups.size())
          .with("year", year.academicYear().toString())
          .with("groups", named)
          .with("more", groups.size() - named.size())
          .report();
    }
  }
}
