package io.mastery.rules.reach;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.Urn;
import java.util.Objects;

/**
 * One school reached in a year: a specialist's own school, or a school in a Work Group, signed up
 * or having completed the phase.
 *
 * @param school the school
 * @param stream the stream
 * @param year the academic year
 * @param source how the school was reached
 * @param completed whether the participation is complete (official counts leave out schools that
 *     signed up but did not complete)
 */
public record ReachRecord(
    Urn school, Stream stream, AcademicYear year, Source source, boolean completed) {

  /** Checks the parts. */
  public ReachRecord {
    Objects.requireNonNull(school, "school");
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(source, "source");
  }

  /** How a school was reached. */
  public enum Source {
    /** The school of a Mastery Specialist, from the training year. */
    OWN_SCHOOL,
    /** A school in a Work Group. */
    WORK_GROUP
  }
}
