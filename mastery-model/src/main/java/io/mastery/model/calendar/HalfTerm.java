package io.mastery.model.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * One of the six half-terms of an English academic year: each term splits in two.
 *
 * <p>Development Work Groups meet once every half-term, six times a year.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum HalfTerm {
  /** The first half of the autumn term. */
  AUTUMN_1(Term.AUTUMN, 1),
  /** The second half of the autumn term. */
  AUTUMN_2(Term.AUTUMN, 2),
  /** The first half of the spring term. */
  SPRING_1(Term.SPRING, 1),
  /** The second half of the spring term. */
  SPRING_2(Term.SPRING, 2),
  /** The first half of the summer term. */
  SUMMER_1(Term.SUMMER, 1),
  /** The second half of the summer term. */
  SUMMER_2(Term.SUMMER, 2);

  private static final ImmutableList<HalfTerm> IN_ORDER = ImmutableList.copyOf(values());

  private final Term term;
  private final int half;

  HalfTerm(Term term, int half) {
    this.term = term;
    this.half = half;
  }

  /**
   * Obtains the half-term of a term.
   *
   * @param term the term, not null
   * @param half 1 for the first half, 2 for the second
   * @return the half-term, not null
   * @throws IllegalArgumentException if {@code half} is not 1 or 2
   */
  public static HalfTerm of(Term term, int half) {
    Objects.requireNonNull(term, "term");
    checkArgument(half == 1 || half == 2, "half must be 1 or 2: %s", half);
    for (HalfTerm halfTerm : IN_ORDER) {
      if (halfTerm.term == term && halfTerm.half == half) {
        return halfTerm;
      }
    }
    throw new AssertionError("every term has two halves");
  }

  /**
   * Returns the six half-terms in the order they run in a year.
   *
   * @return the half-terms, immutable, not null
   */
  public static List<HalfTerm> inOrder() {
    return IN_ORDER;
  }

  /**
   * Returns the term this half-term belongs to.
   *
   * @return the term, not null
   */
  public Term term() {
    return term;
  }

  /**
   * Returns which half of its term this is.
   *
   * @return 1 or 2
   */
  public int half() {
    return half;
  }
}
