package io.mastery.model.workgroup;

import com.google.common.collect.ImmutableList;
import io.mastery.model.MasteryStyle;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import java.util.List;
import org.immutables.value.Value;

/**
 * A Work Group: schools of one stream taking one phase together for an academic year, led by a
 * Mastery Specialist.
 *
 * <p>Holds what a hub enrolled, as enrolled: a group of the wrong size, a school listed twice or an
 * ineligible lead can all be represented, so that the rule engines can report them. Build one with
 * {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class WorkGroup {

  WorkGroup() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the hub's identifier for the group.
   *
   * @return the identifier, not null
   */
  public abstract WorkGroupId id();

  /**
   * Returns the phase the group's schools take.
   *
   * @return the phase, not null
   */
  public abstract Phase phase();

  /**
   * Returns the group's stream.
   *
   * @return the stream, not null
   */
  public abstract Stream stream();

  /**
   * Returns the academic year the group runs in.
   *
   * @return the year, not null
   */
  public abstract AcademicYear academicYear();

  /**
   * Returns the TRN of the Mastery Specialist who leads the group.
   *
   * @return the lead's TRN, not null
   */
  public abstract Trn lead();

  /**
   * Returns the schools taking part and the teachers each sends.
   *
   * @return the participations, immutable, in the order given, not null
   */
  public abstract List<Participation> participations();

  /**
   * Returns the URNs of the schools taking part, in order, repeats included.
   *
   * @return the URNs, immutable, not null
   */
  public List<Urn> schools() {
    return participations().stream()
        .map(Participation::school)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns a copy of this group with another lead.
   *
   * @param lead the new lead's TRN, not null
   * @return the copy, not null
   */
  public WorkGroup withLead(Trn lead) {
    return ImmutableWorkGroup.copyOf(this).withLead(lead);
  }

  /**
   * Returns a copy of this group taking another phase.
   *
   * @param phase the new phase, not null
   * @return the copy, not null
   */
  public WorkGroup withPhase(Phase phase) {
    return ImmutableWorkGroup.copyOf(this).withPhase(phase);
  }

  /**
   * Returns a copy of this group in another academic year.
   *
   * @param academicYear the new year, not null
   * @return the copy, not null
   */
  public WorkGroup withAcademicYear(AcademicYear academicYear) {
    return ImmutableWorkGroup.copyOf(this).withAcademicYear(academicYear);
  }

  /**
   * Returns a copy of this group with other participations.
   *
   * @param participations the new participations, not null
   * @return the copy, not null
   */
  public WorkGroup withParticipations(Iterable<? extends Participation> participations) {
    return ImmutableWorkGroup.copyOf(this).withParticipations(participations);
  }

  /** Builds a {@link WorkGroup}; obtain one from {@link WorkGroup#builder()}. */
  public static final class Builder extends ImmutableWorkGroup.Builder {
    Builder() {}
  }
}
