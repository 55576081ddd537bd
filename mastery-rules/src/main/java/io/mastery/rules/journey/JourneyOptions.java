package io.mastery.rules.journey;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Phase;
import io.mastery.model.school.Urn;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The phases a school may enter in an academic year, and for each phase it may not, why.
 *
 * <p>Obtain one from {@link SchoolJourney#options(AcademicYear)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JourneyOptions {

  private final Urn school;
  private final AcademicYear academicYear;
  private final ImmutableMap<Phase, ImmutableList<PhaseRefusal>> refusals;

  private JourneyOptions(
      Urn school, AcademicYear academicYear, ImmutableMap<Phase, ImmutableList<PhaseRefusal>> refusals) {
    this.school = school;
    this.academicYear = academicYear;
    this.refusals = refusals;
  }

  static Builder builder(Urn school, AcademicYear year) {
    return new Builder(school, year);
  }

  /**
   * Returns the school's URN.
   *
   * @return the URN, not null
   */
  public Urn school() {
    return school;
  }

  /**
   * Returns the academic year the options are for.
   *
   * @return the year, not null
   */
  public AcademicYear academicYear() {
    return academicYear;
  }

  /**
   * Returns the phases the school may enter, in journey order.
   *
   * @return the phases, immutable, not null
   */
  public Set<Phase> allowed() {
    return Sets.immutableEnumSet(
        Sets.difference(ImmutableSet.copyOf(Phase.values()), refusals.keySet()));
  }

  /**
   * Checks whether the school may enter a phase.
   *
   * @param phase the phase, not null
   * @return true if no rule forbids it
   */
  public boolean mayEnter(Phase phase) {
    return !refusals.containsKey(Objects.requireNonNull(phase, "phase"));
  }

  /**
   * Returns why the school may not enter a phase.
   *
   * @param phase the phase, not null
   * @return the refusals, immutable, empty if the school may enter it
   */
  public List<PhaseRefusal> refusals(Phase phase) {
    ImmutableList<PhaseRefusal> found = refusals.get(Objects.requireNonNull(phase, "phase"));
    return found == null ? ImmutableList.of() : found;
  }

  /**
   * Returns, for each phase the school may not enter, why, in journey order.
   *
   * @return the refusals by phase, immutable, not null
   */
  public Map<Phase, List<PhaseRefusal>> refusals() {
    return ImmutableMap.copyOf(refusals);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof JourneyOptions)) {
      return false;
    }
    JourneyOptions other = (JourneyOptions) obj;
    return school.equals(other.school)
        && academicYear.equals(other.academicYear)
        && refusals.equals(other.refusals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(school, academicYear, refusals);
  }

  @Override
  public String toString() {
    return "JourneyOptions{"
        + school
        + " in "
        + academicYear
        + ": may enter "
        + allowed()
        + (refusals.isEmpty()
            ? ""
            : "; may not: "
                + refusals.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", ")))
        + "}";
  }

  /** Collects the refusals of each phase. */
  static final class Builder {
    private final Urn school;
    private final AcademicYear year;
    private final EnumMap<Phase, ImmutableList<PhaseRefusal>> refusals = new EnumMap<>(Phase.class);

    private Builder(Urn school, AcademicYear year) {
      this.school = Objects.requireNonNull(school, "school");
      this.year = Objects.requireNonNull(year, "year");
    }

    Builder put(Phase phase, List<PhaseRefusal> phaseRefusals) {
      if (!phaseRefusals.isEmpty()) {
        refusals.put(phase, ImmutableList.sortedCopyOf(phaseRefusals));
      }
      return this;
    }

    JourneyOptions build() {
      return new JourneyOptions(school, year, ImmutableMap.copyOf(refusals));
    }
  }
}
