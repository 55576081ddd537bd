package io.mastery.rules.delivery;

import io.mastery.model.delivery.Cadence;
import io.mastery.model.delivery.Meeting;
import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.GroupRule;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;
import java.util.Optional;

/**
 * {@code delivery.meeting-missing}: a half-term (or, for a phase meeting less often, a run of
 * half-terms) that has ended without the group's meeting.
 */
public final class MeetingMissing extends GroupRule {

  /** Creates the rule. */
  public MeetingMissing() {
    super(
        RuleCodes.DELIVERY_MEETING_MISSING,
        Severity.WARNING,
        "A half-term that has ended has no meeting of the group (Development: one every"
            + " half-term)",
        "The Primary Teaching for Mastery Programme: development and impact, NCETM/Maths Hubs progress report (June 2019): two teachers from each school meet every half-term; each school gets a termly bespoke support visit");
  }

  @Override
  public void check(EnrolledGroup group, EnrolledYear year, Findings findings) {
    Optional<Attendance> found = Attendance.of(group, year);
    if (found.isEmpty()) {
      return;
    }
    Attendance attendance = found.get();
    for (Cadence.Window window : attendance.cadence().windows()) {
      if (!attendance.judges(window.last())) {
        continue;
      }
      int held = 0;
      for (Meeting meeting : attendance.log().meetings()) {
        if (window.contains(meeting.halfTerm())
            && group.group().academicYear().contains(meeting.date())) {
          held++;
        }
      }
      if (held < window.meetings()) {
        findings
            .violation()
            .workGroup(group.id())
            .with("halfTerms", window.halfTerms())
            .with("held", held)
            .with("due", window.meetings())
            .report();
      }
    }
  }
}
