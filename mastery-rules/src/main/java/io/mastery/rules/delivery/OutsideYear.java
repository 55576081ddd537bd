package io.mastery.rules.delivery;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.delivery.GroupDelivery;
import io.mastery.model.delivery.Meeting;
import io.mastery.model.delivery.SupportVisit;
import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.GroupRule;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;
import java.util.Optional;

/** {@code delivery.outside-year}: a meeting or support visit dated outside the group's year. */
public final class OutsideYear extends GroupRule {

  /** Creates the rule. */
  public OutsideYear() {
    super(
        RuleCodes.DELIVERY_OUTSIDE_YEAR,
        Severity.ERROR,
        "A meeting or support visit of the group is dated outside its academic year",
        "The Primary Teaching for Mastery Programme: development and impact, NCETM/Maths Hubs"
            + " progress report (June 2019): a Work Group runs for a whole school year");
  }

  @Override
  public void check(EnrolledGroup group, EnrolledYear year, Findings findings) {
    Optional<GroupDelivery> log = year.delivery().flatMap(d -> d.workGroup(group.id()));
    if (log.isEmpty()) {
      return;
    }
    AcademicYear academicYear = group.group().academicYear();
    for (Meeting meeting : log.get().meetings()) {
      if (!academicYear.contains(meeting.date())) {
        report(findings, group, "meeting", meeting.date().toString(), academicYear);
      }
    }
    for (SupportVisit visit : log.get().visits()) {
      if (!academicYear.contains(visit.date())) {
        report(findings, group, "visit", visit.date().toString(), academicYear);
      }
    }
  }

  private static void report(
      Findings findings, EnrolledGroup group, String kind, String date, AcademicYear year) {
    findings
        .violation()
        .workGroup(group.id())
        .with("case", kind)
        .with("date", date)
        .with("year", year.toString())
        .report();
  }
}
