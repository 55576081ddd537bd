package io.mastery.rules.check;

import io.mastery.model.school.Urn;
import io.mastery.rules.result.Severity;
import java.util.List;

/**
 * A rule judged one school at a time across the year: the school and every Work Group that lists
 * it.
 */
public abstract class SchoolYearRule extends Rule {

  /**
   * Creates a rule.
   *
   * @param code the stable code, not null
   * @param severity the severity, not null
   * @param description what breaks the rule, one line, not blank
   * @param source where the rule comes from, one line, not blank
   */
  protected SchoolYearRule(String code, Severity severity, String description, String source) {
    super(code, severity, description, source);
  }

  @Override
  public final void check(EnrolledYear year, Findings findings) {
    for (Urn school : year.schools()) {
      check(school, year.groupsOf(school), year, findings);
    }
  }

  /**
   * Reports the violations of one school.
   *
   * @param school the school, not null
   * @param groups its groups, at least one, not null
   * @param year the year, not null
   * @param findings where to report, not null
   */
  public abstract void check(Urn school, List<EnrolledGroup> groups, EnrolledYear year, Findings findings);
}
