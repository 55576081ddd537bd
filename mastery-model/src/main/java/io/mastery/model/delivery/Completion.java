package io.mastery.model.delivery;

/**
 * Whether a school completed its phase in a Work Group, judged from the group's delivery.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Completion {
  /** The year has ended and the school's teachers attended the meetings completion asks for. */
  COMPLETED,
  /** The year has not ended and the school can still attend the meetings completion asks for. */
  ON_TRACK,
  /** The school cannot attend, or did not attend, the meetings completion asks for. */
  NOT_COMPLETED
}
