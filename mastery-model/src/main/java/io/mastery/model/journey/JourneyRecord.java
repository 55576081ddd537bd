package io.mastery.model.journey;

import io.mastery.model.MasteryStyle;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Phase;
import io.mastery.model.school.Urn;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A phase a school completed in an academic year: one step of its journey towards mastery.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class JourneyRecord implements Comparable<JourneyRecord> {

  JourneyRecord() {}

  /**
   * Obtains a record.
   *
   * @param school the school's URN, not null
   * @param phase the phase completed, not null
   * @param academicYear the year it was completed in, not null
   * @return the record, not null
   */
  public static JourneyRecord of(Urn school, Phase phase, AcademicYear academicYear) {
    return ImmutableJourneyRecord.of(school, phase, academicYear);
  }

  /**
   * Returns the school's URN.
   *
   * @return the URN, not null
   */
  @Value.Parameter
  public abstract Urn school();

  /**
   * Returns the phase completed.
   *
   * @return the phase, not null
   */
  @Value.Parameter
  public abstract Phase phase();

  /**
   * Returns the academic year of the phase.
   *
   * @return the year, not null
   */
  @Value.Parameter
  public abstract AcademicYear academicYear();

  /**
   * Compares by school, then year, then phase.
   *
   * @param other the other record, not null
   * @return the comparison
   */
  @Override
  public int compareTo(JourneyRecord other) {
    Objects.requireNonNull(other, "other");
    int c = school().compareTo(other.school());
    if (c == 0) {
      c = academicYear().compareTo(other.academicYear());
    }
    return c != 0 ? c : phase().compareTo(other.phase());
  }
}
