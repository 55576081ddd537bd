package io.mastery.rules.engine;

import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.school.SchoolRegister;

/**
 * The programme's rules composed: judges a hub's enrolments for a year.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rulebook {

  private Rulebook() {}

  /**
   * Returns the rulebook with every rule of the public contract.
   *
   * @return the standard rulebook, not null
   */
  public static Rulebook standard() {
    return new Rulebook();
  }

  /**
   * Judges an enrolment by the standard policy edition in force for its year.
   *
   * @param enrolment the enrolment, not null
   * @param register the school register to look schools up in, not null
   * @return the decision, not null
   */
  public Decision evaluate(Enrolment enrolment, SchoolRegister register) {
    return evaluate(enrolment, register, ProgrammePolicy.forYear(enrolment.academicYear()));
  }

  /**
   * Judges an enrolment by the given policy edition.
   *
   * @param enrolment the enrolment, not null
   * @param register the school register to look schools up in, not null
   * @param policy the edition to judge by, not null
   * @return the decision, not null
   */
  public Decision evaluate(Enrolment enrolment, SchoolRegister register, ProgrammePolicy policy) {
    throw new UnsupportedOperationException("the rule engine lands with the mastery-rules issue");
  }
}
