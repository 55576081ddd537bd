package io.mastery.rules.delivery;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.calendar.Term;
import io.mastery.model.delivery.DeliveryCalendar;
import io.mastery.model.delivery.SupportVisit;
import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.GroupRule;
import io.mastery.rules.check.Listing;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;
import java.util.Optional;

/** {@code delivery.visit-missing}: a school without its termly support visit in a term that has ended. */
public final class VisitMissing extends GroupRule {

  /** Creates the rule. */
  public VisitMissing() {
    super(
        RuleCodes.DELIVERY_VISIT_MISSING,
        Severity.WARNING,
        "A school of the group had fewer support visits in a term that has ended than the phase"
            + " gives (Development: one a term)",
        "The Primary Teaching for Mastery Programme: development and impact, NCETM/Maths Hubs progress report (June 2019): two teachers from each school meet every half-term; each school gets a termly bespoke support visit");
  }

  @Override
  public void check(EnrolledGroup group, EnrolledYear year, Findings findings) {
    Optional<Attendance> found = Attendance.of(group, year);
    if (found.isEmpty()) {
      return;
    }
    Attendance attendance = found.get();
    AcademicYear academicYear = group.group().academicYear();
    for (Term term : Term.inOrder()) {
      int due = attendance.cadence().visitsIn(term);
      if (due == 0 || !attendance.delivery().judges(academicYear, term)) {
        continue;
      }
      for (Listing listing : group.listings()) {
        int visits = 0;
        for (SupportVisit visit : attendance.log().visits()) {
          if (visit.school().equals(listing.urn())
              && academicYear.contains(visit.date())
              && DeliveryCalendar.termOf(academicYear, visit.date()) == term) {
            visits++;
          }
        }
        if (visits < due) {
          findings
              .violation()
              .workGroup(group.id())
              .school(listing.urn())
              .with("term", term)
              .with("visits", visits)
              .with("due", due)
              .report();
        }
      }
    }
  }
}
