package io.mastery.rules.delivery;

import io.mastery.model.delivery.GroupDelivery;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.Rule;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;

/** {@code delivery.unknown-group}: the delivery log has a record of a Work Group the year does not have. */
public final class UnknownGroup extends Rule {

  /** Creates the rule. */
  public UnknownGroup() {
    super(
        RuleCodes.DELIVERY_UNKNOWN_GROUP,
        Severity.ERROR,
        "The delivery log has a record of a Work Group the enrolment does not have",
        "The hub's delivery log records its own Work Groups of the year");
  }

  @Override
  public void check(EnrolledYear year, Findings findings) {
    if (year.delivery().isEmpty()) {
      return;
    }
    for (GroupDelivery log : year.delivery().get().workGroups()) {
      if (year.groupsWithId(log.workGroup()).isEmpty()) {
        findings
            .violation()
            .workGroup(log.workGroup())
            .with("meetings", log.meetings().size())
            .with("visits", log.visits().size())
            .report();
      }
    }
  }
}
