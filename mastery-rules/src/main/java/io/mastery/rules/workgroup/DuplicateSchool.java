package io.mastery.rules.workgroup;

import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;
import io.mastery.rules.check.Listing;
import io.mastery.rules.check.ListingRule;

/** {@code workgroup.duplicate-school}: the same URN listed more than once in one group. */
public final class DuplicateSchool extends ListingRule {

  /** Creates the rule. */
  public DuplicateSchool() {
    super(
        RuleCodes.WORKGROUP_DUPLICATE_SCHOOL,
        Severity.ERROR,
        "The same URN is listed more than once in one Work Group",
        "CONTRACT.md §1");
  }

  @Override
  public void check(EnrolledGroup group, Listing listing, EnrolledYear year, Findings findings) {
    if (listing.times() > 1) {
      findings
          .violation()
          .workGroup(group.id())
          .school(listing.urn())
          .with("times", listing.times())
          .report();
    }
  }
}
