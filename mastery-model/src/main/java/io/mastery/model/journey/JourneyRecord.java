package io.mastery.model.journey;

import io.mastery.model.MasteryStyle;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.Urn;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A phase a school completed in an academic year: one step of its journey towards mastery. A record
 * can say the school took part but did not complete the phase ({@link #completed()}).
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
   * Obtains a record of a phase completed in one stream's journey.
   *
   * @param school the school's URN, not null
   * @param phase the phase completed, not null
   * @param academicYear the year it was completed in, not null
   * @param stream the stream of the journey, not null
   * @return the record, not null
   */
  public static JourneyRecord of(Urn school, Phase phase, AcademicYear academicYear, Stream stream) {
    Objects.requireNonNull(stream, "stream");
    return ImmutableJourneyRecord.builder()
        .school(school)
        .phase(phase)
        .academicYear(academicYear)
        .stream(stream)
        .build();
  }

  /**
   * Returns the stream of the journey the phase belongs to: a school's primary and secondary
   * journeys are separate.
   *
   * @return the stream, or empty for a record that counts for every stream (files written before
   *     records named their stream)
   */
  public abstract Optional<Stream> stream();

  /**
   * Returns whether the school completed the phase: a record of a phase a school signed up for but
   * did not complete neither rules out a second Development year nor counts as a prerequisite.
   *
   * @return true if completed; true for a record that does not say (files written before records
   *     could say so)
   */
  @Value.Default
  public boolean completed() {
    return true;
  }

  /**
   * Returns a copy of this record saying whether the phase was completed.
   *
   * @param completed whether it was completed
   * @return the copy, not null
   */
  public JourneyRecord withCompleted(boolean completed) {
    return ImmutableJourneyRecord.copyOf(this).withCompleted(completed);
  }

  /**
   * Checks whether the record counts in a stream's journey: it names that stream, or none.
   *
   * @param journey the stream of the journey, not null
   * @return true if the record counts for it
   */
  public boolean countsFor(Stream journey) {
    Objects.requireNonNull(journey, "journey");
    return stream().map(s -> s == journey).orElse(true);
  }

  /**
   * Compares by school, then year, then phase, then stream (a record without a stream
   * first), then a record not completed before one completed.
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
    if (c == 0) {
      c = phase().compareTo(other.phase());
    }
    if (c == 0 && !stream().equals(other.stream())) {
      c =
          stream().isEmpty()
              ? -1
              : other.stream().isEmpty() ? 1 : stream().get().compareTo(other.stream().get());
    }
    return c != 0 ? c : Boolean.compare(completed(), other.completed());
  }
}
