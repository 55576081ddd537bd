package io.mastery.model.policy;

/**
 * What a school's release grant depends on, once the hub's delivery log is judged.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum GrantCondition {
  /** The grant is paid for the school's place in the Work Group, whatever it attends. */
  ENROLMENT,
  /** The grant is paid only to a school that completed the phase, or is on track to. */
  COMPLETION,
  /**
   * The grant is reduced by the edition's charge for each meeting the school's teachers missed,
   * down to nothing.
   */
  ATTENDANCE
}
