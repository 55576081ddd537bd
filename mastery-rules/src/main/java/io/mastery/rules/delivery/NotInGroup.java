package io.mastery.rules.delivery;

import io.mastery.model.delivery.GroupDelivery;
import io.mastery.model.delivery.Meeting;
import io.mastery.model.delivery.SupportVisit;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.GroupRule;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code delivery.not-in-group}: a meeting attended by a teacher the group does not list, or a
 * support visit to a school it does not list.
 */
public final class NotInGroup extends GroupRule {

  /** Creates the rule. */
  public NotInGroup() {
    super(
        RuleCodes.DELIVERY_NOT_IN_GROUP,
        Severity.ERROR,
        "The group's delivery log names a teacher or school the group does not list",
        "The Primary Teaching for Mastery Programme: development and impact, NCETM/Maths Hubs"
            + " progress report (June 2019): the group's teachers meet; each of its schools gets"
            + " a visit");
  }

  @Override
  public void check(EnrolledGroup group, EnrolledYear year, Findings findings) {
    Optional<GroupDelivery> log = year.delivery().flatMap(d -> d.workGroup(group.id()));
    if (log.isEmpty()) {
      return;
    }
    Set<Trn> teachers = new HashSet<>();
    for (Participation p : group.participations()) {
      teachers.addAll(p.teachers());
    }
    Set<Trn> reported = new HashSet<>();
    for (Meeting meeting : log.get().meetings()) {
      for (Trn trn : meeting.attended()) {
        if (!teachers.contains(trn) && reported.add(trn)) {
          findings
              .violation()
              .workGroup(group.id())
              .teacher(trn)
              .with("case", "teacher")
              .with("date", meeting.date().toString())
              .report();
        }
      }
    }
    Set<String> visited = new HashSet<>();
    for (SupportVisit visit : log.get().visits()) {
      if (!group.lists(visit.school()) && visited.add(visit.school().toString())) {
        findings
            .violation()
            .workGroup(group.id())
            .with("case", "school")
            .with("visited", visit.school().toString())
            .with("date", visit.date().toString())
            .report();
      }
    }
  }
}
