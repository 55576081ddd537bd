package io.mastery.rules.reach;

import io.mastery.model.calendar.AcademicYear;
import java.util.Objects;

/**
 * A year of a reach projection.
 *
 * @param year the academic year
 * @param newSpecialists the specialists who train in the year (one cohort)
 * @param specialists the specialists trained up to and including the year
 * @param leaders the trained specialists who may lead Work Groups in the year
 * @param newSchools the schools first reached in the year: new specialists' own schools, when the
 *     edition counts them, and the leaders' new schools
 * @param schools the distinct schools reached up to and including the year
 */
public record ProjectedYear(
    AcademicYear year,
    int newSpecialists,
    int specialists,
    int leaders,
    double newSchools,
    double schools) {

  /** Checks the parts. */
  public ProjectedYear {
    Objects.requireNonNull(year, "year");
  }

  /**
   * Returns the distinct schools reached so far, rounded to a whole number.
   *
   * @return the schools
   */
  public long schoolsRounded() {
    return Math.round(schools);
  }
}
