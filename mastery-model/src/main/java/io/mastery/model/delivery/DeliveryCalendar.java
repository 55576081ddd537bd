package io.mastery.model.delivery;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.calendar.HalfTerm;
import io.mastery.model.calendar.Term;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;

/**
 * When a half-term or term of a year counts as over for judging delivery: on the latest day it can
 * end, whatever a school's local term dates, so that a half-term still running somewhere is never
 * judged. The days are the library's assumption, since term dates are set locally: the autumn
 * half-terms end by 31 October and 31 December, the spring half-terms by the end of February and
 * 30 April (Easter falls as late as 25 April), the first summer half-term by 7 June (the late May
 * holiday runs into June in some years) and the year's teaching by 31 July.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeliveryCalendar {

  private DeliveryCalendar() {}

  /**
   * Returns the latest day a half-term of a year can end.
   *
   * @param year the academic year, not null
   * @param halfTerm the half-term, not null
   * @return the day, inside the year, not null
   */
  public static LocalDate latestEnd(AcademicYear year, HalfTerm halfTerm) {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(halfTerm, "halfTerm");
    int autumn = year.startYear();
    int spring = autumn + 1;
    switch (halfTerm) {
      case AUTUMN_1:
        return LocalDate.of(autumn, Month.OCTOBER, 31);
      case AUTUMN_2:
        return LocalDate.of(autumn, Month.DECEMBER, 31);
      case SPRING_1:
        return YearMonth.of(spring, Month.FEBRUARY).atEndOfMonth();
      case SPRING_2:
        return LocalDate.of(spring, Month.APRIL, 30);
      case SUMMER_1:
        return LocalDate.of(spring, Month.JUNE, 7);
      case SUMMER_2:
        return LocalDate.of(spring, Month.JULY, 31);
    }
    throw new AssertionError(halfTerm);
  }

  /**
   * Returns the earliest day a half-term of a year can start: the day after the latest end of the
   * half-term before it, or 1 September.
   *
   * @param year the academic year, not null
   * @param halfTerm the half-term, not null
   * @return the day, inside the year, not null
   */
  public static LocalDate earliestStart(AcademicYear year, HalfTerm halfTerm) {
    Objects.requireNonNull(halfTerm, "halfTerm");
    int i = halfTerm.ordinal();
    return i == 0
        ? year.startDate()
        : latestEnd(year, HalfTerm.inOrder().get(i - 1)).plusDays(1);
  }

  /**
   * Checks whether a half-term is over on a day: the day is after its latest end.
   *
   * @param year the academic year, not null
   * @param halfTerm the half-term, not null
   * @param asOf the day of judging, not null
   * @return true if the half-term has ended by then
   */
  public static boolean hasEnded(AcademicYear year, HalfTerm halfTerm, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return asOf.isAfter(latestEnd(year, halfTerm));
  }

  /**
   * Checks whether a term is over on a day: its second half-term has ended.
   *
   * @param year the academic year, not null
   * @param term the term, not null
   * @param asOf the day of judging, not null
   * @return true if the term has ended by then
   */
  public static boolean hasEnded(AcademicYear year, Term term, LocalDate asOf) {
    Objects.requireNonNull(term, "term");
    return hasEnded(year, HalfTerm.of(term, 2), asOf);
  }

  /**
   * Returns the term a day falls in, by the latest ends of the half-terms: a day after the summer
   * term's end counts in the summer term.
   *
   * @param year the academic year, not null
   * @param date a day inside the year, not null
   * @return the term, not null
   */
  public static Term termOf(AcademicYear year, LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (Term term : Term.inOrder()) {
      if (!date.isAfter(latestEnd(year, HalfTerm.of(term, 2)))) {
        return term;
      }
    }
    return Term.SUMMER;
  }
}
