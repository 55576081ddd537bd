package io.mastery.examples;

import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.policy.ProgrammePolicy;
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
    return new Evaluator() {
      @Override
      public Decision evaluate(Enrolment enrolment, SchoolRegister register) {
        return Rulebook.standard().evaluate(enrolment, register);
      }

      @Override
      public Decision evaluate(Enrolment enrolment, SchoolRegister register, ProgrammePolicy policy) {
        return Rulebook.standard().evaluate(enrolment, register, policy);
      }
    };
  }

  /**
   * Judges an enrolment.
   *
   * @param enrolment the enrolment, not null
   * @param register the register to look schools up in, not null
   * @return the decision, not null
   */
  Decision evaluate(Enrolment enrolment, SchoolRegister register);

  /**
   * Judges an enrolment by a given policy edition, such as one of a hub's own edition tables; an
   * evaluator that does not override this judges by its own editions, as {@link
   * #evaluate(Enrolment, SchoolRegister)} does.
   *
   * @param enrolment the enrolment, not null
   * @param register the register to look schools up in, not null
   * @param policy the edition to judge by, not null
   * @return the decision, not null
   */
  default Decision evaluate(Enrolment enrolment, SchoolRegister register, ProgrammePolicy policy) {
    return evaluate(enrolment, register);
  }
}
