package io.mastery.rules.check;

import io.mastery.rules.result.Severity;

/** A rule judged one Work Group at a time: the same group always gives the same findings. */
public abstract class GroupRule extends Rule {

  /**
   * Creates a rule.
   *
   * @param code the stable code, not null
   * @param severity the severity, not null
   * @param description what breaks the rule, one line, not blank
   * @param source where the rule comes from, one line, not blank
   */
  protected GroupRule(String code, Severity severity, String description, String source) {
    super(code, severity, description, source);
  }

  @Override
  public final void check(EnrolledYear year, Findings findings) {
    for (EnrolledGroup group : year.groups()) {
      check(group, year, findings);
    }
  }

  /**
   * Reports the violations of one Work Group.
   *
   * @param group the group, not null
   * @param year the year, not null
   * @param findings where to report, not null
   */
  public abstract void check(EnrolledGroup group, EnrolledYear year, Findings findings);
}
