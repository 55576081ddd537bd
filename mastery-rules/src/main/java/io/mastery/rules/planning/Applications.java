package io.mastery.rules.planning;

import com.google.common.collect.ImmutableList;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.hub.MathsHub;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.MasterySpecialist;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A hub's applications for one phase and stream in a year: the schools that want a place, the
 * Mastery Specialists free to lead, and the phases schools completed in earlier years.
 *
 * <p>This record is immutable and thread-safe; its lists are copied.
 *
 * @param year the academic year the groups run in
 * @param hub the hub, if known (then schools outside its local authorities are warned about)
 * @param phase the phase applied for
 * @param stream the stream applied for
 * @param applicants the URNs of the schools that apply, in any order, repeats ignored
 * @param specialists the specialists free to lead, in any order
 * @param history the phases schools completed in earlier years
 */
public record Applications(
    AcademicYear year,
    Optional<MathsHub> hub,
    Phase phase,
    Stream stream,
    List<Urn> applicants,
    List<MasterySpecialist> specialists,
    List<JourneyRecord> history) {

  /** Checks that no part is null and copies the lists. */
  public Applications {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(hub, "hub");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(stream, "stream");
    applicants = ImmutableList.copyOf(applicants);
    specialists = ImmutableList.copyOf(specialists);
    history = ImmutableList.copyOf(history);
  }

  /**
   * Returns these applications with another list of applicants.
   *
   * @param changed the applicants, not null
   * @return the changed copy
   */
  public Applications withApplicants(List<Urn> changed) {
    return new Applications(year, hub, phase, stream, changed, specialists, history);
  }

  /**
   * Returns these applications with another list of specialists.
   *
   * @param changed the specialists, not null
   * @return the changed copy
   */
  public Applications withSpecialists(List<MasterySpecialist> changed) {
    return new Applications(year, hub, phase, stream, applicants, changed, history);
  }
}
