package io.mastery.rules.journey;

import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.Listing;
import io.mastery.rules.check.ListingRule;
import io.mastery.rules.result.Severity;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** {@code journey.prerequisite-missing}: Embedding without Development, Sustaining without either. */
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
            year.earlierHistory(listing.urn()),
            year.isSpecialistSchool(listing.urn()));
    if (refusal != null) {
      Findings.Report report = findings.violation().workGroup(group.id()).school(listing.urn());
      refusal.forEach(report::with);
      report.report();
    }
  }
}
