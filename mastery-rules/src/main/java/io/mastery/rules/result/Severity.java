package io.mastery.rules.result;

/** How serious a violation is: an enrolment is valid when it has no {@link #ERROR}. */
public enum Severity {
  /** The enrolment cannot be accepted as it stands. */
  ERROR,
  /** Worth a look, but the enrolment can be accepted. */
  WARNING
}
