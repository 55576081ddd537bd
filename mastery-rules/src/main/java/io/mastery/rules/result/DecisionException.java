package io.mastery.rules.result;

import java.util.List;

/**
 * Thrown, on request only, when a decision has an error: see {@link Decision#orThrow()}.
 *
 * <p>Carries the whole decision, so that a caller can still read every violation. The message is
 * bounded whatever the size of the decision: it quotes the first {@value #ERRORS_QUOTED} errors,
 * each cut after {@value #MESSAGE_QUOTED} characters, and counts the rest.
 */
public final class DecisionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How many errors the message quotes before it only counts the rest. */
  public static final int ERRORS_QUOTED = 10;

  /** How many characters of one error's message the exception's message quotes. */
  public static final int MESSAGE_QUOTED = 300;

  private final transient Decision decision;

  /**
   * Creates an exception for an invalid decision.
   *
   * @param decision the decision, not null
   */
  public DecisionException(Decision decision) {
    super(message(decision));
    this.decision = decision;
  }

  private static String message(Decision decision) {
    StringBuilder message =
        new StringBuilder("enrolment for ").append(decision.academicYear()).append(" has ");
    int errors = 0;
    List<Violation> violations = decision.violations();
    for (Violation violation : violations) {
      if (violation.isError()) {
        errors++;
      }
    }
    message.append(errors).append(" error(s): ");
    int quoted = 0;
    for (Violation violation : violations) {
      if (!violation.isError()) {
        continue;
      }
      if (quoted == ERRORS_QUOTED) {
        message.append("; and ").append(errors - quoted).append(" more");
        break;
      }
      String text = violation.message();
      message
          .append(quoted == 0 ? "" : "; ")
          .append(
              text.length() <= MESSAGE_QUOTED
                  ? text
                  : text.substring(0, MESSAGE_QUOTED) + "... (" + text.length() + " characters)");
      quoted++;
    }
    return message.toString();
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
