package io.mastery.rules.check;

import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.result.Severity;
import java.util.List;

/** A rule judged one Work Group id at a time: every group of the year with that id. */
public abstract class GroupIdRule extends Rule {

  /**
   * Creates a rule.
   *
   * @param code the stable code, not null
   * @param severity the severity, not null
   * @param description what breaks the rule, one line, not blank
   * @param source where the rule comes from, one line, not blank
   */
  protected GroupIdRule(String code, Severity severity, String description, String source) {
    super(code, severity, description, source);
  }

  @Override
  public final void check(EnrolledYear year, Findings findings) {
    for (WorkGroupId id : year.groupIds()) {
      check(id, year.groupsWithId(id), year, findings);
    }
  }

  /**
   * Reports the violations of one id.
   *
   * @param id the id, not null
   * @param groups its groups, at least one, not null
   * @param year the year, not null
   * @param findings where to report, not null
   */
  public abstract void check(WorkGroupId id, List<EnrolledGroup> groups, EnrolledYear year, Findings findings);
}
