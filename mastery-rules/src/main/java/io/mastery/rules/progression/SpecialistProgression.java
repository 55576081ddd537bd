package io.mastery.rules.progression;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.policy.StreamRules;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Works out where Mastery Specialists are in their programme under one policy edition.
 *
 * <p>Cohort n of a stream trains in the edition's cohort-1 year for the stream plus (n - 1) years.
 * A specialist is {@link Stage#NOT_STARTED} before that year, {@link Stage#TRAINING} in it, {@link
 * Stage#LEADING} in the remaining years of the stream's programme and a {@link Stage#LOCAL_LEADER}
 * afterwards. If the edition has no specialist programme for the stream the stage is unknown and
 * the methods return empty; such a specialist is never taken to be able to lead.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SpecialistProgression {

  private final ProgrammePolicy policy;

  private SpecialistProgression(ProgrammePolicy policy) {
    this.policy = policy;
  }

  /**
   * Obtains the progression under a policy edition.
   *
   * @param policy the edition, not null
   * @return the progression, not null
   */
  public static SpecialistProgression of(ProgrammePolicy policy) {
    return new SpecialistProgression(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Obtains the progression under the standard edition in force for an academic year.
   *
   * @param year the academic year, not null
   * @return the progression, not null
   * @throws IllegalArgumentException if no standard edition is in force for the year
   */
  public static SpecialistProgression forYear(AcademicYear year) {
    return of(ProgrammePolicy.forYear(year));
  }

  /**
   * Returns the edition the progression follows.
   *
   * @return the edition, not null
   */
  public ProgrammePolicy policy() {
    return policy;
  }

  /**
   * Returns the year a cohort trains in.
   *
   * @param cohort the cohort, not null
   * @return the training year, or empty if the edition has no programme for the cohort's stream
   */
  public Optional<AcademicYear> trainingYear(Cohort cohort) {
    return policy.trainingYear(cohort);
  }

  /**
   * Returns the stage a cohort is at in an academic year.
   *
   * @param cohort the cohort, not null
   * @param year the academic year, not null
   * @return the stage, or empty if the edition has no programme for the cohort's stream
   */
  public Optional<Stage> stage(Cohort cohort, AcademicYear year) {
    Objects.requireNonNull(year, "year");
    return policy.streamRules(cohort.stream()).map(rules -> stage(rules, cohort, year));
  }

  /**
   * Returns the stage a specialist is at in an academic year.
   *
   * @param specialist the specialist, not null
   * @param year the academic year, not null
   * @return the stage, or empty if the edition has no programme for the specialist's stream
   */
  public Optional<Stage> stage(MasterySpecialist specialist, AcademicYear year) {
    return stage(specialist.cohort(), year);
  }

  /**
   * Checks whether a specialist may lead Work Groups in an academic year: the training year is
   * over. A specialist whose stage is unknown may not.
   *
   * @param specialist the specialist, not null
   * @param year the academic year, not null
   * @return true if the specialist may lead
   */
  public boolean mayLeadWorkGroups(MasterySpecialist specialist, AcademicYear year) {
    return stage(specialist, year).map(Stage::mayLeadWorkGroups).orElse(false);
  }

  private static Stage stage(StreamRules rules, Cohort cohort, AcademicYear year) {
    // computed on start years so that no academic year outside the supported range is built
    long trainingStart = (long) rules.cohortOneTrainingYear().startYear() + cohort.number() - 1;
    long yearsIn = year.startYear() - trainingStart;
    if (yearsIn < 0) {
      return Stage.NOT_STARTED;
    }
    if (yearsIn == 0) {
      return Stage.TRAINING;
    }
    return yearsIn < rules.programmeYears() ? Stage.LEADING : Stage.LOCAL_LEADER;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof SpecialistProgression
        && ((SpecialistProgression) obj).policy.equals(policy);
  }

  @Override
  public int hashCode() {
    return policy.hashCode();
  }

  @Override
  public String toString() {
    return "SpecialistProgression{edition " + policy.edition() + "}";
  }
}
