package io.mastery.rules.journey;

import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.Listing;
import io.mastery.rules.check.ListingRule;
import io.mastery.rules.result.Severity;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code journey.out-of-order}: a phase earlier than one the school completed in an earlier year of
 * the same stream's journey (a history record without a stream counts for every stream).
 */
public final class OutOfOrder extends ListingRule {

  /** Creates the rule. */
  public OutOfOrder() {
    super(
        JourneyRule.OUT_OF_ORDER.code(),
        Severity.ERROR,
        JourneyRule.OUT_OF_ORDER.description(),
        JourneyRule.OUT_OF_ORDER.source());
  }

  @Override
  public void check(EnrolledGroup group, Listing listing, EnrolledYear year, Findings findings) {
    @Nullable Map<String, Object> refusal =
        JourneyCheck.outOfOrder(
            listing.urn(),
            group.phase(),
            year.academicYear(),
            JourneyCheck.inStream(year.earlierHistory(listing.urn()), group.stream()));
    if (refusal != null) {
      Findings.Report report = findings.violation().workGroup(group.id()).school(listing.urn());
      refusal.forEach(report::with);
      report.report();
    }
  }
}
