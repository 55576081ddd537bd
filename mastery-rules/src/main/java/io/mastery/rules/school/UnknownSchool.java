package io.mastery.rules.school;

import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.Listing;
import io.mastery.rules.check.ListingRule;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;

/** {@code school.unknown}: the URN is not in the school register given. */
public final class UnknownSchool extends ListingRule {

  /** Creates the rule. */
  public UnknownSchool() {
    super(
        RuleCodes.SCHOOL_UNKNOWN,
        Severity.ERROR,
        "The school's URN is not in the school register given",
        "CONTRACT.md §1; DfE, Get Information About Schools (schools are identified by their URN)");
  }

  @Override
  public void check(EnrolledGroup group, Listing listing, EnrolledYear year, Findings findings) {
    if (listing.school().isEmpty()) {
      findings.violation().workGroup(group.id()).school(listing.urn()).report();
    }
  }
}
