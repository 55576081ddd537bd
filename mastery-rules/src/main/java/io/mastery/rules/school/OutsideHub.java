package io.mastery.rules.school;

import io.mastery.model.hub.MathsHub;
import io.mastery.model.school.School;
import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.Listing;
import io.mastery.rules.check.ListingRule;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;

/** {@code school.outside-hub}: the school's local authority is not one the hub serves. */
public final class OutsideHub extends ListingRule {

  /** Creates the rule. */
  public OutsideHub() {
    super(
        RuleCodes.SCHOOL_OUTSIDE_HUB,
        Severity.WARNING,
        "The school's local authority is not one the hub serves",
        "Maths Hubs, Teaching for Mastery (each hub serves the schools of its area)");
  }

  @Override
  public void check(EnrolledGroup group, Listing listing, EnrolledYear year, Findings findings) {
    if (listing.school().isEmpty() || year.hub().isEmpty()) {
      return;
    }
    School school = listing.school().get();
    MathsHub hub = year.hub().get();
    if (!hub.serves(school.localAuthority())) {
      Findings.Report report =
          SchoolWords.about(findings, group, school)
              .with("localAuthority", school.localAuthority().toString())
              .with("hub", hub.id());
      if (school.localAuthorityName().isBlank()) {
        report.with("case", "unnamed");
      } else {
        report.with("localAuthorityName", school.localAuthorityName());
      }
      report.report();
    }
  }
}
