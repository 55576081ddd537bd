package io.mastery.rules.check;

import io.mastery.model.teacher.Trn;
import io.mastery.rules.result.Severity;
import java.util.List;

/** A rule judged one teacher at a time: the TRN and every place the year's Work Groups list it. */
public abstract class TeacherRule extends Rule {

  /**
   * Creates a rule.
   *
   * @param code the stable code, not null
   * @param severity the severity, not null
   * @param description what breaks the rule, one line, not blank
   * @param source where the rule comes from, one line, not blank
   */
  protected TeacherRule(String code, Severity severity, String description, String source) {
    super(code, severity, description, source);
  }

  @Override
  public final void check(EnrolledYear year, Findings findings) {
    for (Trn teacher : year.teachers()) {
      check(teacher, year.placesOf(teacher), year, findings);
    }
  }

  /**
   * Reports the violations of one teacher.
   *
   * @param teacher the teacher, not null
   * @param places its places, at least one, not null
   * @param year the year, not null
   * @param findings where to report, not null
   */
  public abstract void check(Trn teacher, List<TeacherPlace> places, EnrolledYear year, Findings findings);
}
