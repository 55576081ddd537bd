package io.mastery.model.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An English academic year, such as {@code 2019/20}: 1 September to 31 August.
 *
 * <p>Identified by the calendar year in which it starts. The text form is the start year, a slash
 * and the last two digits of the following year. Years are ordered by their start.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AcademicYear implements Comparable<AcademicYear>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The earliest start year accepted. */
  public static final int MIN_START_YEAR = 1000;

  /** The latest start year accepted. */
  public static final int MAX_START_YEAR = 9998;

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})/(\\d{2})");

  private static final AcademicYear FIRST = new AcademicYear(MIN_START_YEAR);

  private static final AcademicYear LAST = new AcademicYear(MAX_START_YEAR);

  private final int startYear;

  private AcademicYear(int startYear) {
    this.startYear = startYear;
  }

  /**
   * Obtains the academic year that starts on 1 September of the given calendar year.
   *
   * @param startYear the calendar year in which the academic year starts, from 1000 to 9998
   * @return the academic year, not null
   * @throws IllegalArgumentException if the start year is out of range
   */
  public static AcademicYear of(int startYear) {
    checkArgument(
        startYear >= MIN_START_YEAR && startYear <= MAX_START_YEAR,
        "academic year start must be from %s to %s: %s",
        MIN_START_YEAR,
        MAX_START_YEAR,
        startYear);
    return new AcademicYear(startYear);
  }

  /**
   * Obtains an academic year from its text form, such as {@code 2019/20}.
   *
   * @param text the text to parse, not null
   * @return the academic year, not null
   * @throws IllegalArgumentException if the text is not of the form {@code YYYY/YY} with the second
   *     part the year after the first
   */
  public static AcademicYear parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher matcher = FORMAT.matcher(text);
    checkArgument(matcher.matches(), "academic year must have the form YYYY/YY: \"%s\"", text);
    int start = Integer.parseInt(matcher.group(1));
    int end = Integer.parseInt(matcher.group(2));
    if (end != (start + 1) % 100) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "academic year must end in the year after it starts (%04d/%02d): \"%s\"",
              start,
              (start + 1) % 100,
              text));
    }
    return of(start);
  }

  /**
   * Obtains the academic year that contains the given date.
   *
   * @param date the date, not null
   * @return the academic year running on that date, not null
   * @throws IllegalArgumentException if the date falls outside the academic years supported
   */
  public static AcademicYear containing(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int year = date.getYear();
    int start = date.getMonthValue() >= Month.SEPTEMBER.getValue() ? year : year - 1;
    checkArgument(
        start >= MIN_START_YEAR && start <= MAX_START_YEAR,
        "date must fall in an academic year from %s to %s: %s",
        FIRST,
        LAST,
        date);
    return new AcademicYear(start);
  }

  /**
   * Returns the calendar year in which this academic year starts.
   *
   * @return the start year, such as 2019 for {@code 2019/20}
   */
  public int startYear() {
    return startYear;
  }

  /**
   * Returns the first day of this academic year, 1 September.
   *
   * @return the start date, not null
   */
  public LocalDate startDate() {
    return LocalDate.of(startYear, Month.SEPTEMBER, 1);
  }

  /**
   * Returns the last day of this academic year, 31 August.
   *
   * @return the end date, not null
   */
  public LocalDate endDate() {
    return LocalDate.of(startYear + 1, Month.AUGUST, 31);
  }

  /**
   * Checks whether the given date falls within this academic year.
   *
   * @param date the date, not null
   * @return true if the date is from 1 September to 31 August inclusive
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(startDate()) && !date.isAfter(endDate());
  }

  /**
   * Returns the academic year after this one.
   *
   * @return the next year, not null
   * @throws IllegalArgumentException if this is the latest year supported
   */
  public AcademicYear next() {
    return plusYears(1);
  }

  /**
   * Returns the academic year before this one.
   *
   * @return the previous year, not null
   * @throws IllegalArgumentException if this is the earliest year supported
   */
  public AcademicYear previous() {
    return plusYears(-1);
  }

  /**
   * Returns the academic year the given number of years after this one.
   *
   * @param years the number of years to add, may be negative
   * @return the resulting year, not null
   * @throws IllegalArgumentException if the result is out of range
   */
  public AcademicYear plusYears(long years) {
    checkArgument(
        years >= MIN_START_YEAR - startYear && years <= MAX_START_YEAR - startYear,
        "academic year %s plus %s years is out of range: the start must be from %s to %s",
        this,
        years,
        MIN_START_YEAR,
        MAX_START_YEAR);
    return years == 0 ? this : new AcademicYear(startYear + (int) years);
  }

  /**
   * Returns the number of whole years from this academic year to the given one.
   *
   * @param other the other year, not null
   * @return the other start year minus this start year, negative if the other is earlier
   */
  public int yearsUntil(AcademicYear other) {
    Objects.requireNonNull(other, "other");
    return other.startYear - startYear;
  }

  /**
   * Checks whether this year is before the given one.
   *
   * @param other the other year, not null
   * @return true if this year starts earlier
   */
  public boolean isBefore(AcademicYear other) {
    Objects.requireNonNull(other, "other");
    return startYear < other.startYear;
  }

  /**
   * Checks whether this year is after the given one.
   *
   * @param other the other year, not null
   * @return true if this year starts later
   */
  public boolean isAfter(AcademicYear other) {
    Objects.requireNonNull(other, "other");
    return startYear > other.startYear;
  }

  /**
   * Returns the six half-terms of this year, in order.
   *
   * @return the half-terms, immutable, not null
   */
  public List<HalfTerm> halfTerms() {
    return HalfTerm.inOrder();
  }

  /**
   * Returns the three terms of this year, in order.
   *
   * @return the terms, immutable, not null
   */
  public List<Term> terms() {
    return Term.inOrder();
  }

  /**
   * Checks a deserialized value as the factory checks a new one.
   *
   * @param in the stream, not null
   * @throws InvalidObjectException if the stream holds a value the factory rejects
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    try {
      of(startYear);
    } catch (IllegalArgumentException | NullPointerException e) {
      InvalidObjectException invalid = new InvalidObjectException(e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }

  @Override
  public int compareTo(AcademicYear other) {
    Objects.requireNonNull(other, "other");
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof AcademicYear other && other.startYear == startYear;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(startYear);
  }

  /**
   * Returns the text form, such as {@code 2019/20}, which {@link #parse} reads back.
   *
   * @return the text form, not null
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%04d/%02d", startYear, (startYear + 1) % 100);
  }
}
