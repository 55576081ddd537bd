package io.mastery.rules.funding;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.delivery.Completion;
import io.mastery.model.policy.DeliveryTerms;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.policy.TextbookMatchFunding;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.specialist.MasterySpecialist;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The funding a policy edition gives a school for its place in a Work Group.
 *
 * <p>The release grant is the edition's {@link PhaseRules#releaseGrant()} for the stream and phase
 * (none if the edition does not offer the phase), or, where the edition says so ({@link
 * PhaseRules#fundingSetByHub()}), funding at a level the hub sets. The textbook match cap is {@link
 * TextbookMatchFunding#capPerSchool()} when {@link TextbookMatchFunding#appliesTo} holds for the
 * stream, phase and year and the edition approves at least one scheme that year ({@link
 * TextbookMatchFunding#approvedSchemesIn}); the own school of a specialist of a cohort the edition
 * lists ({@link TextbookMatchFunding#specialistCohorts()}) qualifies too, without a Work Group, from
 * the cohort's training year. Every figure, year and cohort is the edition's.
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
   * Returns whether each school in a group of the stream and phase is funded at a level the hub
   * sets, with no amount in the edition.
   *
   * @param stream the stream, not null
   * @param phase the phase, not null
   * @return true if the hub sets the amount; false if the phase carries a grant, none, or is not
   *     offered
   */
  public boolean releaseSetByHub(Stream stream, Phase phase) {
    return policy.phaseRules(stream, phase).map(PhaseRules::fundingSetByHub).orElse(false);
  }

  /**
   * Returns the textbook schemes the edition approves for match funding in a year.
   *
   * @param year the academic year, not null
   * @return the scheme names, immutable, not null; empty outside the window or without match
   *     funding
   */
  public List<String> approvedSchemes(AcademicYear year) {
    Objects.requireNonNull(year, "year");
    return policy
        .textbookMatchFunding()
        .map(t -> t.approvedSchemesIn(year))
        .orElse(List.of());
  }

  /**
   * Returns the match funding for a spend on a textbook scheme in a year: the edition's share of
   * the spend, no more than its cap, when the scheme is on that year's approved list.
   *
   * @param year the academic year, not null
   * @param scheme the scheme's name, as the edition lists it, not null
   * @param spend the school's spend, in GBP, not negative, not null
   * @return the funding, or empty if the scheme is not approved that year
   * @throws IllegalArgumentException if the spend is negative or not in GBP
   */
  public Optional<Money> textbookMatch(AcademicYear year, String scheme, Money spend) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(spend, "spend");
    if (!approvedSchemes(year).contains(scheme)) {
      return Optional.empty();
    }
    return policy.textbookMatchFunding().map(t -> t.fundingFor(spend));
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
        .filter(t -> t.appliesTo(stream, phase, year) && !t.approvedSchemesIn(year).isEmpty())
        .map(TextbookMatchFunding::capPerSchool);
  }

  /**
   * Returns the textbook match funding cap for the own school of a Mastery Specialist, which
   * qualifies without a Work Group when the edition lists the specialist's cohort, from the year
   * the cohort trains, within the window, in a year with an approved scheme.
   *
   * @param specialist the specialist, not null
   * @param year the academic year, not null
   * @return the cap, or empty if the specialist's school does not qualify
   */
  public Optional<Money> specialistSchoolCap(MasterySpecialist specialist, AcademicYear year) {
    Objects.requireNonNull(specialist, "specialist");
    Objects.requireNonNull(year, "year");
    boolean started =
        policy.trainingYear(specialist.cohort()).map(t -> !year.isBefore(t)).orElse(false);
    if (!started) {
      return Optional.empty();
    }
    return policy
        .textbookMatchFunding()
        .filter(
            t ->
                t.appliesToSpecialistSchool(specialist.cohort(), year)
                    && !t.approvedSchemesIn(year).isEmpty())
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
    Optional<Money> grant = releaseGrant(stream, phase);
    Optional<Money> cap = textbookMatchCap(stream, phase, year);
    return Entitlement.builder()
        .stream(stream)
        .phase(phase)
        .academicYear(year)
        .releaseGrant(grant)
        .releaseSetByHub(grant.isEmpty() && releaseSetByHub(stream, phase))
        .textbookMatchCap(cap)
        .approvedSchemes(cap.isPresent() ? approvedSchemes(year) : List.of())
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
