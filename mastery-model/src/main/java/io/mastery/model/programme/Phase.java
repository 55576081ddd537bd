package io.mastery.model.programme;

import java.util.Objects;

/**
 * A phase of a school's journey towards mastery, in the order a school passes through them.
 *
 * <p>Mastery Readiness is optional and comes only before Development; the Introductory phase
 * (from 2025/26) is the entry phase for schools new to teaching for mastery; every school takes part in
 * Development, once; Embedding follows Development; Sustaining follows Development or Embedding
 * and continues year by year. A journey never goes backwards. The rule engines enforce this; the
 * enum only gives the order.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Phase {
  /** Optional, preparatory: for schools not yet ready for Development. */
  MASTERY_READINESS,
  /**
   * The two-year entry phase, from 2025/26, for primary schools that have not previously engaged
   * in teaching for mastery; it comes before Development in the order of phases.
   */
  INTRODUCTORY,
  /** The main development phase, a whole school year in a Work Group; a school takes it once. */
  DEVELOPMENT,
  /** The first year of consolidation after Development. */
  EMBEDDING,
  /** Ongoing consolidation, year by year. */
  SUSTAINING;

  /**
   * Checks whether this phase comes before the other in a school's journey.
   *
   * @param other the other phase, not null
   * @return true if this phase is earlier
   */
  public boolean isBefore(Phase other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) < 0;
  }

  /**
   * Checks whether this phase comes after the other in a school's journey.
   *
   * @param other the other phase, not null
   * @return true if this phase is later
   */
  public boolean isAfter(Phase other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) > 0;
  }
}
