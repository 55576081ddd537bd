package io.mastery.rules.school;

import io.mastery.model.school.EstablishmentStatus;
import io.mastery.model.school.School;
import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.Listing;
import io.mastery.rules.check.ListingRule;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;

/** {@code school.closed}: register status Closed, or Proposed to open. */
public final class ClosedSchool extends ListingRule {

  /** Creates the rule. */
  public ClosedSchool() {
    super(
        RuleCodes.SCHOOL_CLOSED,
        Severity.ERROR,
        "The register status is Closed or Proposed to open",
        "DfE, Get Information About Schools (establishment status); only open schools take part");
  }

  @Override
  public void check(EnrolledGroup group, Listing listing, EnrolledYear year, Findings findings) {
    if (listing.school().isEmpty()) {
      return;
    }
    School school = listing.school().get();
    EstablishmentStatus status = school.status();
    if (status == EstablishmentStatus.CLOSED || status == EstablishmentStatus.PROPOSED_TO_OPEN) {
      SchoolWords.about(findings, group, school).with("status", status.registerName()).report();
    }
  }
}
