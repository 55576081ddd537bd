package io.mastery.rules.engine;

import java.util.stream.Collectors;

/**
 * Thrown, on request only, when a decision has an error: see {@link Decision#orThrow()}.
 *
 * <p>Carries the whole decision, so that a caller can still read every violation.
 */
public final class DecisionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Decision decision;

  /**
   * Creates an exception for an invalid decision.
   *
   * @param decision the decision, not null
   */
  public DecisionException(Decision decision) {
    super(
        "enrolment for "
            + decision.academicYear()
            + " has "
            + decision.errors().size()
            + " error(s): "
            + decision.errors().stream().map(Violation::message).collect(Collectors.joining("; ")));
    this.decision = decision;
  }

  /**
   * Returns the decision that failed.
   *
   * @return the decision, not null
   */
  public Decision decision() {
    return decision;
  }
}
