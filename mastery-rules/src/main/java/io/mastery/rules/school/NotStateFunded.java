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

/** {@code school.not-state-funded}: independent, or not a school at all. */
public final class NotStateFunded extends ListingRule {

  /** Creates the rule. */
  public NotStateFunded() {
    super(
        RuleCodes.SCHOOL_NOT_STATE_FUNDED,
        Severity.ERROR,
        "The school is not state-funded: independent, non-maintained special, online provider or"
            + " another type that is not a school",
        "NCETM, What is teaching for mastery?; Maths Hubs, Teaching for Mastery (open to all"
            + " state-funded schools in England)");
  }

  @Override
  public void check(EnrolledGroup group, Listing listing, EnrolledYear year, Findings findings) {
    if (listing.school().isEmpty()) {
      return;
    }
    School school = listing.school().get();
    FundingStatus status = school.fundingStatus();
    if (status == FundingStatus.INDEPENDENT || status == FundingStatus.NOT_A_SCHOOL) {
      SchoolWords.about(findings, group, school)
          .with("type", school.type().registerName())
          .with("case", status == FundingStatus.INDEPENDENT ? "independent" : "not-a-school")
          .report();
    }
  }
}
