package io.mastery.model.calendar;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One of the three terms of an English academic year.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Term {
  /** September to December. */
  AUTUMN,
  /** January to Easter. */
  SPRING,
  /** Easter to July. */
  SUMMER;

  private static final ImmutableList<Term> IN_ORDER = ImmutableList.copyOf(values());

  /**
   * Returns the terms in the order they run in a year.
   *
   * @return the three terms, immutable, not null
   */
  public static List<Term> inOrder() {
    return IN_ORDER;
  }

  /**
   * Returns the two half-terms of this term, in order.
   *
   * @return the first and second half-term, immutable, not null
   */
  public List<HalfTerm> halfTerms() {
    return ImmutableList.of(HalfTerm.of(this, 1), HalfTerm.of(this, 2));
  }
}
