package io.mastery.model.policy;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * What a policy edition requires of a phase's Work Groups in one stream: their size, the teachers
 * each school sends, how often they meet, who may lead how many, and the release grant each school
 * receives.
 *
 * <p>Build one with {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class PhaseRules {

  PhaseRules() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the stream these rules apply to.
   *
   * @return the stream, not null
   */
  public abstract Stream stream();

  /**
   * Returns the phase these rules apply to.
   *
   * @return the phase, not null
   */
  public abstract Phase phase();

  /**
   * Returns the phase's name in this edition, such as "Development" or "Introductory phase".
   *
   * @return the name, not blank
   */
  public abstract String displayName();

  /**
   * Returns how many schools a group of this phase has.
   *
   * @return the bounds, not null
   */
  public abstract Bounds schoolsPerGroup();

  /**
   * Returns how many teachers each school sends.
   *
   * @return the bounds, not null
   */
  public abstract Bounds teachersPerSchool();

  /**
   * Returns how many years the phase lasts.
   *
   * @return the length in years, 1 or more
   */
  @Value.Default
  public int lengthInYears() {
    return 1;
  }

  /**
   * Returns how many times a group meets in a year.
   *
   * @return the number of meetings or workshops, 0 or more
   */
  public abstract int meetingsPerYear();

  /**
   * Returns how many support visits each school receives in a year.
   *
   * @return the number of visits, 0 or more
   */
  public abstract int supportVisitsPerSchool();

  /**
   * Returns how many groups of this phase one specialist may lead in a year.
   *
   * @return the limit, 1 or more
   */
  public abstract int groupsLedPerSpecialist();

  /**
   * Returns the release grant each school in a group of this phase receives.
   *
   * @return the grant in GBP, or empty if the phase carries none
   */
  public abstract Optional<Money> releaseGrant();

  /**
   * Returns whether schools in a group of this phase are funded at a level the hub sets, rather
   * than by a fixed {@linkplain #releaseGrant() release grant}: primary Embedding, for which the
   * programme names "lower levels of Maths Hubs funding" but no amount.
   *
   * @return true if the hub sets the amount; never true together with a release grant
   */
  @Value.Default
  public boolean fundingSetByHub() {
    return false;
  }

  /**
   * Returns the first academic year in which the edition offers the phase in the stream.
   *
   * @return the year, or empty if the phase is offered from the edition's first year
   */
  public abstract Optional<AcademicYear> offeredFrom();

  /**
   * Returns whether one of the hub's Mastery Readiness Leads may lead a group of this phase, as
   * well as a Mastery Specialist past the training year.
   *
   * @return true for Mastery Readiness groups in the standard editions
   */
  @Value.Default
  public boolean readinessLeadMayLead() {
    return false;
  }

  /**
   * Returns whether the own school of a Mastery Specialist of the stream (a secondary specialist's
   * department) may join a group of this phase without the phase's prerequisite (Development, or
   * for Sustaining Development or Embedding): primary Sustaining, and secondary Embedding and
   * Sustaining, which take "all Cohort 1-4 Mastery Specialist Departments".
   *
   * @return true if a specialist's own school is exempt; by default, for Sustaining only
   */
  @Value.Default
  public boolean specialistSchoolWithoutPrerequisite() {
    return phase() == Phase.SUSTAINING;
  }

  /**
   * Returns where these rules come from: a public document or page, by title and date or address.
   *
   * @return the source, possibly empty, not null
   */
  @Value.Default
  public String source() {
    return "";
  }

  /**
   * Returns whether these rules are in part the library's assumption, where the sources are silent.
   *
   * @return true if assumed
   */
  @Value.Default
  public boolean assumption() {
    return false;
  }

  /**
   * Returns what the edition asks of a school's delivery in the phase, if its delivery table has
   * a row for the phase.
   *
   * @return the terms, or empty (then {@link #deliveryTermsOrDefault()} gives the defaults)
   */
  public abstract Optional<DeliveryTerms> deliveryTerms();

  /**
   * Returns what the edition asks of a school's delivery in the phase: its delivery row, or every
   * meeting attended and the grant paid on enrolment.
   *
   * @return the terms, not null
   */
  public DeliveryTerms deliveryTermsOrDefault() {
    return deliveryTerms().orElseGet(() -> DeliveryTerms.defaultsFor(this));
  }

  /**
   * Checks whether the phase is offered in an academic year of the edition.
   *
   * @param year the academic year, not null
   * @return true if the year is not before {@link #offeredFrom()}
   */
  public boolean isOfferedIn(AcademicYear year) {
    Objects.requireNonNull(year, "year");
    return offeredFrom().map(first -> !year.isBefore(first)).orElse(true);
  }

  @Value.Check
  void check() {
    checkArgument(!displayName().isBlank(), "phase display name must not be blank: \"%s\"", displayName());
    checkArgument(
        lengthInYears() >= 1, "phase length must be 1 year or more: %s", lengthInYears());
    checkArgument(
        meetingsPerYear() >= 0, "meetings per year must not be negative: %s", meetingsPerYear());
    checkArgument(
        supportVisitsPerSchool() >= 0,
        "support visits per school must not be negative: %s",
        supportVisitsPerSchool());
    checkArgument(
        groupsLedPerSpecialist() >= 1,
        "groups led per specialist must be 1 or more: %s",
        groupsLedPerSpecialist());
    releaseGrant()
        .ifPresent(
            grant -> {
              checkArgument(
                  grant.getCurrencyUnit().equals(CurrencyUnit.GBP),
                  "release grant must be in GBP: %s",
                  grant);
              checkArgument(!grant.isNegative(), "release grant must not be negative: %s", grant);
              checkArgument(
                  !fundingSetByHub(),
                  "a phase funded at a level the hub sets has no fixed release grant: %s",
                  grant);
            });
  }

  /** Builds {@link PhaseRules}; obtain one from {@link PhaseRules#builder()}. */
  public static final class Builder extends ImmutablePhaseRules.Builder {
    Builder() {}
  }
}
