package io.mastery.rules.funding;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.delivery.Completion;
import io.mastery.model.policy.DeliveryTerms;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.policy.TextbookMatchFunding;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The funding a policy edition gives a school for its place in a Work Group.
 *
 * <p>The release grant is the edition's {@link PhaseRules#releaseGrant()} for the stream and phase
 * (none if the edition does not offer the phase); the textbook match cap is {@link
 * TextbookMatchFunding#capPerSchool()} when {@link TextbookMatchFunding#appliesTo} holds for the
 * stream, phase and year.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FundingSchedule {

  private final ProgrammePolicy policy;

  private FundingSchedule(ProgrammePolicy policy) {
    this.policy = policy;
  }

  /**
   * Obtains the schedule of a policy edition.
   *
   * @param policy the edition, not null
   * @return the schedule, not null
   */
  public static FundingSchedule of(ProgrammePolicy policy) {
    return new FundingSchedule(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Obtains the schedule of the standard edition in force for an academic year.
   *
   * @param year the academic year, not null
   * @return the schedule, not null
   * @throws IllegalArgumentException if no standard edition is in force for the year
   */
  public static FundingSchedule forYear(AcademicYear year) {
    return of(ProgrammePolicy.forYear(year));
  }

  /**
   * Returns the edition the schedule follows.
   *
   * @return the edition, not null
   */
  public ProgrammePolicy policy() {
    return policy;
  }

  /**
   * Returns the release grant each school in a group of the stream and phase receives.
   *
   * @param stream the stream, not null
   * @param phase the phase, not null
   * @return the grant, or empty if the phase carries none or is not offered
   */
  public Optional<Money> releaseGrant(Stream stream, Phase phase) {
    return policy.phaseRules(stream, phase).flatMap(PhaseRules::releaseGrant);
  }

  /**
   * Returns the textbook match funding cap for a school starting the phase in the stream and year.
   *
   * @param stream the stream, not null
   * @param phase the phase, not null
   * @param year the academic year, not null
   * @return the cap, or empty if the school does not qualify
   */
  public Optional<Money> textbookMatchCap(Stream stream, Phase phase, AcademicYear year) {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(year, "year");
    return policy
        .textbookMatchFunding()
        .filter(t -> t.appliesTo(stream, phase, year))
        .map(TextbookMatchFunding::capPerSchool);
  }

  /**
   * Returns what each school in a Work Group of the stream, phase and year is entitled to.
   *
   * @param stream the stream, not null
   * @param phase the phase, not null
   * @param year the academic year, not null
   * @return the entitlement, not null
   */
  public Entitlement entitlement(Stream stream, Phase phase, AcademicYear year) {
    return Entitlement.builder()
        .stream(stream)
        .phase(phase)
        .academicYear(year)
        .releaseGrant(releaseGrant(stream, phase))
        .textbookMatchCap(textbookMatchCap(stream, phase, year))
        .build();
  }

  /**
   * Returns the release grant a school receives once its delivery is judged, by the edition's
   * grant condition for the phase: the whole grant on enrolment; the whole grant, under {@link
   * io.mastery.model.policy.GrantCondition#COMPLETION}, only to a school that completed or is on
   * track; under {@link io.mastery.model.policy.GrantCondition#ATTENDANCE}, the grant less the
   * charge for each missed meeting, down to nothing.
   *
   * @param grant the phase's release grant, not null
   * @param terms the phase's delivery terms, not null
   * @param completion the school's completion, not null
   * @param missed the meetings due so far that the school missed, zero or more
   * @return the grant, or empty if the condition withholds it
   */
  public static Optional<Money> grantAfterDelivery(
      Money grant, DeliveryTerms terms, Completion completion, int missed) {
    Objects.requireNonNull(grant, "grant");
    Objects.requireNonNull(completion, "completion");
    switch (terms.grantCondition()) {
      case COMPLETION:
        return completion == Completion.NOT_COMPLETED ? Optional.empty() : Optional.of(grant);
      case ATTENDANCE:
        Money charge = terms.chargePerMissedMeeting().orElse(grant.withAmount(0));
        Money left = grant.minus(charge.multipliedBy(Math.max(0, missed)));
        return Optional.of(left.isNegative() ? grant.withAmount(0) : left);
      case ENROLMENT:
      default:
        return Optional.of(grant);
    }
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof FundingSchedule && ((FundingSchedule) obj).policy.equals(policy);
  }

  @Override
  public int hashCode() {
    return policy.hashCode();
  }

  @Override
  public String toString() {
    return "FundingSchedule{edition " + policy.edition() + "}";
  }
}
