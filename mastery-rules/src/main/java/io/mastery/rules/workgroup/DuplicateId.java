package io.mastery.rules.workgroup;

import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.check.GroupIdRule;
import java.util.List;

/** {@code workgroup.duplicate-id}: added by the library, so that every subject is unambiguous. */
public final class DuplicateId extends GroupIdRule {

  /** Creates the rule. */
  public DuplicateId() {
    super(
        RuleCodes.WORKGROUP_DUPLICATE_ID,
        Severity.ERROR,
        "Two or more Work Groups of the year share one id",
        "Library rule: violations and funding name Work Groups by id");
  }

  @Override
  public void check(
      WorkGroupId id, List<EnrolledGroup> groups, EnrolledYear year, Findings findings) {
    if (groups.size() > 1) {
      findings.violation().workGroup(id).with("groups", groups.size()).report();
    }
  }
}
