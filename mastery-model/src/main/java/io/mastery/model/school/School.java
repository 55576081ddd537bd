package io.mastery.model.school;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import io.mastery.model.calendar.AcademicYear;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An establishment as the DfE register (GIAS) describes it: the facts the programme's rules need.
 *
 * <p>Build one with {@link #builder()}; the URN, name, type, phase of education, status and local
 * authority are required; the dates it opened and closed are optional.
 *
 * <p>Whether a school is open in an academic year is judged by its dates where the register gives
 * them, and by its status where it does not ({@link #isOpenIn(AcademicYear)}): a school that closed
 * in 2019 was open in 2017/18, although today's extract says "Closed".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class School {

  School() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the school's URN.
   *
   * @return the URN, not null
   */
  public abstract Urn urn();

  /**
   * Returns the establishment's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the type of establishment.
   *
   * @return the type, not null
   */
  public abstract EstablishmentType type();

  /**
   * Returns the phase of education.
   *
   * @return the phase, not null
   */
  public abstract PhaseOfEducation phaseOfEducation();

  /**
   * Returns the register status.
   *
   * @return the status, not null
   */
  public abstract EstablishmentStatus status();

  /**
   * Returns the local authority's code.
   *
   * @return the code, not null
   */
  public abstract LocalAuthorityCode localAuthority();

  /**
   * Returns the local authority's name.
   *
   * @return the name, not null, possibly empty
   */
  @Value.Default
  public String localAuthorityName() {
    return "";
  }

  /**
   * Returns the government office region, such as "London".
   *
   * @return the region, or empty if the register gives none
   */
  public abstract Optional<String> region();

  /**
   * Returns the statutory age range of the pupils.
   *
   * @return the range, or empty if the register gives none
   */
  public abstract Optional<AgeRange> statutoryAgeRange();

  /**
   * Returns the location on the British National Grid.
   *
   * @return the location, or empty if the register gives none
   */
  public abstract Optional<GridReference> location();

  /**
   * Returns the UK Provider Reference Number.
   *
   * @return the UKPRN, or empty if the establishment has none
   */
  public abstract Optional<Ukprn> ukprn();

  /**
   * Returns the date the school opened, the register's {@code OpenDate}.
   *
   * @return the date, or empty if the register gives none (most schools older than the register)
   */
  public abstract Optional<LocalDate> openDate();

  /**
   * Returns the date the school closed, the register's {@code CloseDate}; an open school proposed to
   * close may have one in the future.
   *
   * @return the date, or empty if the register gives none
   */
  public abstract Optional<LocalDate> closeDate();

  /**
   * Checks whether the school was open, or will be, for an academic year: open on or before the
   * year's last day (31 August) and not closed before its first day (1 September).
   *
   * <p>Each side is judged by its date when the register gives one: a school that closed before 1
   * September of the year is closed for it, a school that opens after 31 August of its end is not
   * yet open for it, and a school that closes or opens during the year is open for it. A side
   * without a date falls back on the status: without a {@code CloseDate} a school whose status is
   * Closed is closed for every year, and without an {@code OpenDate} a school whose status is
   * Proposed to open is not open for any year. For example, a school closed on 31 August 2019 is
   * open for 2017/18 and 2018/19 and closed for 2019/20.
   *
   * @param year the academic year, not null
   * @return true if the school is open for some of the year
   */
  public boolean isOpenIn(AcademicYear year) {
    Objects.requireNonNull(year, "year");
    boolean closed =
        closeDate().isPresent()
            ? closeDate().get().isBefore(year.startDate())
            : status() == EstablishmentStatus.CLOSED;
    boolean notYetOpen =
        openDate().isPresent()
            ? openDate().get().isAfter(year.endDate())
            : status() == EstablishmentStatus.PROPOSED_TO_OPEN;
    return !closed && !notYetOpen;
  }

  /**
   * Returns whether the school is a state-funded school in England, from its type.
   *
   * @return the funding status, not null
   */
  public FundingStatus fundingStatus() {
    return type().fundingStatus();
  }

  /**
   * Returns a copy of this school with another register status.
   *
   * @param status the new status, not null
   * @return the copy, not null
   */
  public School withStatus(EstablishmentStatus status) {
    return ImmutableSchool.copyOf(this).withStatus(status);
  }

  /**
   * Returns a copy of this school with another type of establishment.
   *
   * @param type the new type, not null
   * @return the copy, not null
   */
  public School withType(EstablishmentType type) {
    return ImmutableSchool.copyOf(this).withType(type);
  }

  /**
   * Returns a copy of this school with another phase of education.
   *
   * @param phaseOfEducation the new phase, not null
   * @return the copy, not null
   */
  public School withPhaseOfEducation(PhaseOfEducation phaseOfEducation) {
    return ImmutableSchool.copyOf(this).withPhaseOfEducation(phaseOfEducation);
  }

  /**
   * Returns a copy of this school in another local authority.
   *
   * @param localAuthority the new local authority's code, not null
   * @return the copy, not null
   */
  public School withLocalAuthority(LocalAuthorityCode localAuthority) {
    return ImmutableSchool.copyOf(this).withLocalAuthority(localAuthority);
  }

  /**
   * Returns a copy of this school with other dates of opening and closing.
   *
   * @param openDate the date it opened, or empty, not null
   * @param closeDate the date it closed, or empty, not null
   * @return the copy, not null
   */
  public School withDates(Optional<LocalDate> openDate, Optional<LocalDate> closeDate) {
    Objects.requireNonNull(openDate, "openDate");
    Objects.requireNonNull(closeDate, "closeDate");
    return builder().from(this).openDate(openDate).closeDate(closeDate).build();
  }

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "school name must not be blank: \"%s\"", name());
  }

  /** Builds a {@link School}; obtain one from {@link School#builder()}. */
  public static final class Builder extends ImmutableSchool.Builder {
    Builder() {}
  }
}
