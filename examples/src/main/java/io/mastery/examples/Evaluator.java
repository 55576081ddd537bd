package io.mastery.examples;

import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.school.SchoolRegister;
import io.mastery.rules.result.Decision;
import io.mastery.rules.engine.Rulebook;

/** Judges an enrolment against a register: the standard rulebook, or another in tests. */
@FunctionalInterface
public interface Evaluator {

  /**
   * Returns the standard rulebook's evaluation.
   *
   * @return the evaluator, not null
   */
  static Evaluator standard() {
    return Rulebook.standard()::evaluate;
  }

  /**
   * Judges an enrolment.
   *
   * @param enrolment the enrolment, not null
   * @param register the register to look schools up in, not null
   * @return the decision, not null
   */
  Decision evaluate(Enrolment enrolment, SchoolRegister register);
}
