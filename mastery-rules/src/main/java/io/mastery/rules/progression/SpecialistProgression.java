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
 * A specialist is {@link Stage#NOT_STARTED} before that year, {@link Stage#TRAINING} from it until
 * the year of the programme from which the stream's specialists lead ({@link
 * StreamRules#firstLeadingYear()}: the second year for primary, the third for secondary), {@link
 * Stage#LEADING} in the remaining years of the stream's programme and a {@link Stage#LOCAL_LEADER}
 * afterwards. Whether they may lead follows the edition too: a stream whose specialists lead no
 * school Work Groups ({@link StreamRules#leadsWorkGroups()}, FE) has none who may. If the edition
 * has no specialist programme for the stream the stage is unknown and the methods return empty;
 * such a specialist is never taken to be able to lead.
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
   * Checks whether a specialist may lead Work Groups in an academic year: the stream's specialists
   * lead school Work Groups and the specialist has reached the year of the programme from which
   * they do. A specialist whose stage is unknown may not.
   *
   * @param specialist the specialist, not null
   * @param year the academic year, not null
   * @return true if the specialist may lead
   */
  public boolean mayLeadWorkGroups(MasterySpecialist specialist, AcademicYear year) {
    return mayLeadWorkGroups(specialist.cohort(), year);
  }

  /**
   * Checks whether a cohort's specialists may lead Work Groups in an academic year: the stream's
   * specialists lead school Work Groups and the cohort has reached the year of the programme from
   * which they do. A cohort whose stage is unknown may not.
   *
   * @param cohort the cohort, not null
   * @param year the academic year, not null
   * @return true if the cohort's specialists may lead
   */
  public boolean mayLeadWorkGroups(Cohort cohort, AcademicYear year) {
    Objects.requireNonNull(year, "year");
    return policy
        .streamRules(cohort.stream())
        .map(rules -> rules.leadsWorkGroups() && stage(rules, cohort, year).mayLeadWorkGroups())
        .orElse(false);
  }

  /**
   * Returns which year of the programme a cohort is in during an academic year, the training year
   * being the first.
   *
   * @param cohort the cohort, not null
   * @param year the academic year, not null
   * @return the year of the programme (0 or less before it starts, above the programme's length
   *     after it), or empty if the edition has no programme for the cohort's stream
   */
  public Optional<Long> yearOfProgramme(Cohort cohort, AcademicYear year) {
    Objects.requireNonNull(year, "year");
    return policy
        .streamRules(cohort.stream())
        .map(rules -> year.startYear() - trainingStart(rules, cohort) + 1);
  }

  private static Stage stage(StreamRules rules, Cohort cohort, AcademicYear year) {
    // computed on start years so that no academic year outside the supported range is built
    long yearOfProgramme = year.startYear() - trainingStart(rules, cohort) + 1;
    if (yearOfProgramme < 1) {
      return Stage.NOT_STARTED;
    }
    if (yearOfProgramme < rules.firstLeadingYear()) {
      return Stage.TRAINING;
    }
    return yearOfProgramme <= rules.programmeYears() ? Stage.LEADING : Stage.LOCAL_LEADER;
  }

  private static long trainingStart(StreamRules rules, Cohort cohort) {
    return (long) rules.cohortOneTrainingYear().startYear() + cohort.number() - 1;
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
