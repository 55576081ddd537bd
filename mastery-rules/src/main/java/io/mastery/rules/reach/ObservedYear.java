package io.mastery.rules.reach;

import io.mastery.model.calendar.AcademicYear;
import java.util.Objects;

/**
 * A year's published reach, cumulative: the specialists trained so far and the distinct schools
 * reached so far, their own schools included.
 *
 * @param year the academic year
 * @param specialists the specialists trained up to and including the year
 * @param schools the distinct schools reached up to and including the year
 */
public record ObservedYear(AcademicYear year, int specialists, int schools) {

  /** Checks the parts. */
  public ObservedYear {
    Objects.requireNonNull(year, "year");
    if (specialists < 0 || schools < 0) {
      throw new IllegalArgumentException(
          "specialists and schools must not be negative: " + specialists + ", " + schools);
    }
  }
}
