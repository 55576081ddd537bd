package io.mastery.rules.check;

import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.rules.result.Severity;
import java.util.List;

/**
 * A rule judged one TRN among the hub's Mastery Specialists at a time: every entry with that TRN.
 */
public abstract class SpecialistRule extends Rule {

  /**
   * Creates a rule.
   *
   * @param code the stable code, not null
   * @param severity the severity, not null
   * @param description what breaks the rule, one line, not blank
   * @param source where the rule comes from, one line, not blank
   */
  protected SpecialistRule(String code, Severity severity, String description, String source) {
    super(code, severity, description, source);
  }

  @Override
  public final void check(EnrolledYear year, Findings findings) {
    for (Trn trn : year.specialistTrns()) {
      check(trn, year.specialistEntries(trn), year, findings);
    }
  }

  /**
   * Reports the violations of one trn.
   *
   * @param trn the trn, not null
   * @param entries its entries, at least one, not null
   * @param year the year, not null
   * @param findings where to report, not null
   */
  public abstract void check(Trn trn, List<MasterySpecialist> entries, EnrolledYear year, Findings findings);
}
