package io.mastery.rules.teacher;

import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.rules.check.FirstFew;
import io.mastery.rules.check.SpecialistRule;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code specialist.duplicate}: added by the library; a TRN listed more than once among the hub's
 * specialists. The lead rules then read the entry of the lowest cohort.
 */
public final class DuplicateSpecialist extends SpecialistRule {

  /** Creates the rule. */
  public DuplicateSpecialist() {
    super(
        RuleCodes.SPECIALIST_DUPLICATE,
        Severity.ERROR,
        "The same TRN is listed more than once among the hub's Mastery Specialists",
        "Library rule: a specialist has one cohort and one own school");
  }

  @Override
  public void check(
      Trn trn, List<MasterySpecialist> entries, EnrolledYear year, Findings findings) {
    if (entries.size() > 1) {
      List<List<Object>> listed = new ArrayList<>();
      for (MasterySpecialist s : FirstFew.of(entries)) {
        listed.add(List.of(s.stream(), s.cohort().number(), s.school().toString()));
      }
      findings.violation().teacher(trn).with("count", entries.size()).with("entries", listed)
          .with("more", entries.size() - listed.size())
          .report();
    }
  }
}
