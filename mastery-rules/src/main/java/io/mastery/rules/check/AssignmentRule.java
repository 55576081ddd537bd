package io.mastery.rules.check;

import io.mastery.rules.result.Severity;
import java.util.List;

/**
 * A rule judged one lead's assignment at a time: the groups one specialist leads in one stream
 * and phase.
 */
public abstract class AssignmentRule extends Rule {

  /**
   * Creates a rule.
   *
   * @param code the stable code, not null
   * @param severity the severity, not null
   * @param description what breaks the rule, one line, not blank
   * @param source where the rule comes from, one line, not blank
   */
  protected AssignmentRule(String code, Severity severity, String description, String source) {
    super(code, severity, description, source);
  }

  @Override
  public final void check(EnrolledYear year, Findings findings) {
    for (Assignment assignment : year.assignments()) {
      check(assignment, year.groupsOf(assignment), year, findings);
    }
  }

  /**
   * Reports the violations of one assignment.
   *
   * @param assignment the assignment, not null
   * @param groups its groups, at least one, not null
   * @param year the year, not null
   * @param findings where to report, not null
   */
  public abstract void check(Assignment assignment, List<EnrolledGroup> groups, EnrolledYear year, Findings findings);
}
