package io.mastery.rules.journey;

import io.mastery.model.programme.Stream;
import io.mastery.model.school.Urn;
import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.FirstFew;
import io.mastery.rules.check.SchoolYearRule;
import io.mastery.rules.result.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code journey.one-phase-per-year}: a school in more than one Work Group of one stream in the
 * year; every such group is reported, each message naming the first few groups of the stream in id
 * order and how many more. A school's primary and secondary journeys are separate, so an
 * all-through school in one primary and one secondary group breaks no rule.
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
    Map<Stream, List<EnrolledGroup>> byStream = new EnumMap<>(Stream.class);
    for (EnrolledGroup group : groups) {
      byStream.computeIfAbsent(group.stream(), s -> new ArrayList<>()).add(group);
    }
    for (List<EnrolledGroup> ofStream : byStream.values()) {
      if (ofStream.size() >= 2) {
        check(school, ofStream, year.academicYear().toString(), findings);
      }
    }
  }

  private static void check(
      Urn school, List<EnrolledGroup> groups, String year, Findings findings) {
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
          .with("year", year)
          .with("groups", named)
          .with("more", groups.size() - named.size())
          .report();
    }
  }
}
