package io.mastery.rules.reach;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Stream;
import java.util.Objects;
import java.util.Optional;

/**
 * A year of a reach roll-up, for one stream or for all streams together.
 *
 * @param stream the stream, or empty for all streams (a school in two streams counted once)
 * @param year the academic year
 * @param schoolsInYear the distinct schools reached in the year
 * @param newSchools the distinct schools reached in the year and never before
 * @param schools the distinct schools reached up to and including the year
 * @param completedSchools the distinct schools up to and including the year whose participation is
 *     complete (specialists' own schools included when their record says so)
 * @param ownSchools the distinct specialists' own schools up to and including the year
 */
public record ReachLine(
    Optional<Stream> stream,
    AcademicYear year,
    int schoolsInYear,
    int newSchools,
    int schools,
    int completedSchools,
    int ownSchools) {

  /** Checks the parts. */
  public ReachLine {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(year, "year");
  }
}
