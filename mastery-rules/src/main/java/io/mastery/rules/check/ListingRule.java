package io.mastery.rules.check;

import io.mastery.rules.result.Severity;

/**
 * A rule judged one school of one Work Group at a time (each school once per group, however often
 * the group lists it).
 */
public abstract class ListingRule extends Rule {

  /**
   * Creates a rule.
   *
   * @param code the stable code, not null
   * @param severity the severity, not null
   * @param description what breaks the rule, one line, not blank
   * @param source where the rule comes from, one line, not blank
   */
  protected ListingRule(String code, Severity severity, String description, String source) {
    super(code, severity, description, source);
  }

  @Override
  public final void check(EnrolledYear year, Findings findings) {
    for (EnrolledGroup group : year.groups()) {
      for (Listing listing : group.listings()) {
        check(group, listing, year, findings);
      }
    }
  }

  /**
   * Reports the violations of one school in one Work Group.
   *
   * @param group the group, not null
   * @param listing the school as the group lists it, not null
   * @param year the year, not null
   * @param findings where to report, not null
   */
  public abstract void check(
      EnrolledGroup group, Listing listing, EnrolledYear year, Findings findings);
}
