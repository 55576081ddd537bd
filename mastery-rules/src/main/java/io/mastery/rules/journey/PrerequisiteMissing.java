package io.mastery.rules.journey;

import io.mastery.model.policy.PhaseRules;
import io.mastery.model.programme.Phase;
import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.Listing;
import io.mastery.rules.check.ListingRule;
import io.mastery.rules.result.Severity;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code journey.prerequisite-missing}: Embedding without Development, Sustaining without either,
 * in the same stream's journey (a history record without a stream counts for every stream).
 *
 * <p>The own school of a Mastery Specialist of the group's stream is exempt where the edition's
 * phase row lets it enter without the prerequisite ({@link
 * PhaseRules#specialistSchoolWithoutPrerequisite()}: primary Sustaining, secondary Embedding and
 * Sustaining, whose Work Groups take "all Mastery Specialist Departments"); for a phase the edition
 * does not offer, Sustaining only.
 */
public final class PrerequisiteMissing extends ListingRule {

  /** Creates the rule. */
  public PrerequisiteMissing() {
    super(
        JourneyRule.PREREQUISITE_MISSING.code(),
        Severity.ERROR,
        JourneyRule.PREREQUISITE_MISSING.description(),
        JourneyRule.PREREQUISITE_MISSING.source());
  }

  @Override
  public void check(EnrolledGroup group, Listing listing, EnrolledYear year, Findings findings) {
    @Nullable Map<String, Object> refusal =
        JourneyCheck.prerequisiteMissing(
            group.phase(),
            year.academicYear(),
            JourneyCheck.inStream(year.earlierHistory(listing.urn()), group.stream()),
            exempt(group, listing, year));
    if (refusal != null) {
      Findings.Report report = findings.violation().workGroup(group.id()).school(listing.urn());
      refusal.forEach(report::with);
      report.report();
    }
  }

  private static boolean exempt(EnrolledGroup group, Listing listing, EnrolledYear year) {
    // a phase the edition does not offer keeps the rule before the table: Sustaining only
    return group
            .rules()
            .map(PhaseRules::specialistSchoolWithoutPrerequisite)
            .orElse(group.phase() == Phase.SUSTAINING)
        && year.isSpecialistSchool(listing.urn(), group.stream());
  }
}
