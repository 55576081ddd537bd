package io.mastery.rules.school;

import io.mastery.model.school.FundingStatus;
import io.mastery.model.school.School;
import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.Listing;
import io.mastery.rules.check.ListingRule;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;

/** {@code school.outside-england}: a Welsh establishment, or any other outside England. */
public final class OutsideEngland extends ListingRule {

  /** Creates the rule. */
  public OutsideEngland() {
    super(
        RuleCodes.SCHOOL_OUTSIDE_ENGLAND,
        Severity.ERROR,
        "The establishment is in Wales or elsewhere outside England",
        "NCETM, What is teaching for mastery?; Maths Hubs, Teaching for Mastery (open to all"
            + " state-funded schools in England)");
  }

  @Override
  public void check(EnrolledGroup group, Listing listing, EnrolledYear year, Findings findings) {
    if (listing.school().isPresent()
        && listing.school().get().fundingStatus() == FundingStatus.OUTSIDE_ENGLAND) {
      School school = listing.school().get();
      SchoolWords.about(findings, group, school).with("type", school.type().registerName()).report();
    }
  }
}
