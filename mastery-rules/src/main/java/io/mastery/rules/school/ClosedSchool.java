package io.mastery.rules.school;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.school.EstablishmentStatus;
import io.mastery.model.school.School;
import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.Listing;
import io.mastery.rules.check.ListingRule;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;

/**
 * {@code school.closed}: the school is closed, or not yet open, for the academic year judged.
 *
 * <p>Judged by the register's dates where it gives them ({@link School#isOpenIn(AcademicYear)}): a
 * school that closed before 1 September of the year (case {@code closed-before}, arguments {@code
 * closeDate} and {@code yearStarts}) or opens after 31 August of its end (case {@code
 * not-yet-open}, arguments {@code openDate} and {@code yearEnds}). Without the date, the status
 * decides, as it did before the register's dates were read: Closed, or Proposed to open (no case).
 * The argument {@code status} is always given; the dates are ISO dates such as {@code 2019-08-31}.
 */
public final class ClosedSchool extends ListingRule {

  /** Creates the rule. */
  public ClosedSchool() {
    super(
        RuleCodes.SCHOOL_CLOSED,
        Severity.ERROR,
        "The school closed before the academic year began, or opens after it ends (by the"
            + " register's CloseDate and OpenDate; without them, status Closed or Proposed to open)",
        "DfE, Get Information About Schools (establishment status, open date and close date); only"
            + " schools open in the year take part");
  }

  @Override
  public void check(EnrolledGroup group, Listing listing, EnrolledYear year, Findings findings) {
    if (listing.school().isEmpty()) {
      return;
    }
    School school = listing.school().get();
    AcademicYear judged = year.academicYear();
    if (school.isOpenIn(judged)) {
      return;
    }
    EstablishmentStatus status = school.status();
    Findings.Report report =
        SchoolWords.about(findings, group, school).with("status", status.registerName());
    if (school.closeDate().isPresent() && school.closeDate().get().isBefore(judged.startDate())) {
      report
          .with("year", judged.toString())
          .with("closeDate", school.closeDate().get().toString())
          .with("yearStarts", judged.startDate().toString())
          .with("case", "closed-before");
    } else if (school.openDate().isPresent()
        && school.openDate().get().isAfter(judged.endDate())) {
      report
          .with("year", judged.toString())
          .with("openDate", school.openDate().get().toString())
          .with("yearEnds", judged.endDate().toString())
          .with("case", "not-yet-open");
    }
    report.report();
  }
}
