package io.mastery.model.school;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An establishment as the DfE register (GIAS) describes it: the facts the programme's rules need.
 *
 * <p>Build one with {@link #builder()}; the URN, name, type, phase of education, status and local
 * authority are required.
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

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "school name must not be blank: \"%s\"", name());
  }

  /** Builds a {@link School}; obtain one from {@link School#builder()}. */
  public static final class Builder extends ImmutableSchool.Builder {
    Builder() {}
  }
}
