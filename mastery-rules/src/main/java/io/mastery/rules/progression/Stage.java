package io.mastery.rules.progression;

/**
 * The stage a Mastery Specialist is at in an academic year.
 *
 * <p>Cohort n of a stream trains in the year cohort 1 trained plus (n - 1) years; the programme
 * lasts the stream's programme length, the training year included, and its specialists lead from
 * the edition's first leading year of the stream (the second year for primary, the third for
 * secondary); afterwards specialists are Local Leaders of Maths Education.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Stage {
  /** Before the cohort's training year. */
  NOT_STARTED("not yet started"),
  /**
   * The cohort's training: the years of the programme before the stream's first leading year (the
   * training year for primary; the first two years of the national programme for secondary).
   */
  TRAINING("training"),
  /** From the stream's first leading year to the programme's end: leading Work Groups. */
  LEADING("leading Work Groups"),
  /** After the programme: a Local Leader of Maths Education, who may still lead Work Groups. */
  LOCAL_LEADER("Local Leader of Maths Education");

  private final String description;

  Stage(String description) {
    this.description = description;
  }

  /**
   * Checks whether a specialist at this stage may lead Work Groups, where the stream's specialists
   * lead any: from the first leading year on.
   *
   * @return true for {@link #LEADING} and {@link #LOCAL_LEADER}
   */
  public boolean mayLeadWorkGroups() {
    return this == LEADING || this == LOCAL_LEADER;
  }

  /**
   * Returns the stage in words, such as "leading Work Groups".
   *
   * @return the description, not null
   */
  public String description() {
    return description;
  }
}
