package io.mastery.rules.delivery;

import io.mastery.model.delivery.Completion;
import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.GroupRule;
import io.mastery.rules.check.Listing;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;
import java.util.Optional;

/**
 * {@code delivery.attendance-short}: a school whose teachers attended, or can still attend, fewer
 * of the group's meetings than the edition asks for completion.
 */
public final class AttendanceShort extends GroupRule {

  /** Creates the rule. */
  public AttendanceShort() {
    super(
        RuleCodes.DELIVERY_ATTENDANCE_SHORT,
        Severity.WARNING,
        "A school's teachers attended fewer meetings than the edition asks for completion, and"
            + " the meetings still to come cannot make it up",
        "Engagement with the Maths Hubs Programme, GOV.UK (November 2024): official counts leave"
            + " out schools that signed up but did not complete; the meetings asked are the"
            + " edition's delivery table");
  }

  @Override
  public void check(EnrolledGroup group, EnrolledYear year, Findings findings) {
    Optional<Attendance> found = Attendance.of(group, year);
    if (found.isEmpty()) {
      return;
    }
    Attendance attendance = found.get();
    for (Listing listing : group.listings()) {
      if (attendance.completion(listing.urn()) == Completion.NOT_COMPLETED) {
        findings
            .violation()
            .workGroup(group.id())
            .school(listing.urn())
            .with("attended", attendance.attended(listing.urn()))
            .with("needed", attendance.terms().meetingsForCompletion())
            .with("remaining", attendance.remaining())
            .report();
      }
    }
  }
}
