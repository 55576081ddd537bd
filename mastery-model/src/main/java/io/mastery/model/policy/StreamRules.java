package io.mastery.model.policy;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Stream;
import io.mastery.model.specialist.Cohort;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a policy edition says of a stream's Mastery Specialist programme: when cohort 1 trained and
 * how many years the programme lasts, the training year included.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class StreamRules {

  StreamRules() {}

  /**
   * Obtains the rules of a stream.
   *
   * @param stream the stream, not null
   * @param cohortOneTrainingYear the year cohort 1 trained in, not null
   * @param programmeYears the programme's length in years, the training year included, 1 or more
   * @return the rules, not null
   * @throws IllegalArgumentException if the length is below 1
   */
  public static StreamRules of(
      Stream stream, AcademicYear cohortOneTrainingYear, int programmeYears) {
    return ImmutableStreamRules.of(stream, cohortOneTrainingYear, programmeYears);
  }

  /**
   * Returns the stream.
   *
   * @return the stream, not null
   */
  @Value.Parameter
  public abstract Stream stream();

  /**
   * Returns the academic year in which cohort 1 trained.
   *
   * @return the year, not null
   */
  @Value.Parameter
  public abstract AcademicYear cohortOneTrainingYear();

  /**
   * Returns the programme's length in years: the training year, then the years leading Work
   * Groups. Afterwards specialists are Local Leaders of Maths Education.
   *
   * @return the length, 1 or more
   */
  @Value.Parameter
  public abstract int programmeYears();

  /**
   * Returns the year a cohort of this stream trains in: cohort n trains n - 1 years after cohort 1.
   *
   * @param cohortNumber the cohort's number, 1 or more
   * @return the training year, not null
   */
  public AcademicYear trainingYear(int cohortNumber) {
    checkArgument(
        cohortNumber >= 1 && cohortNumber <= Cohort.MAX_NUMBER,
        "cohort number must be from 1 to %s: %s",
        Cohort.MAX_NUMBER,
        cohortNumber);
    return cohortOneTrainingYear().plusYears(cohortNumber - 1L);
  }

  /**
   * Returns whether the stream's specialists lead school Work Groups at all (FE specialists do
   * not).
   *
   * @return true if they lead
   */
  @Value.Default
  public boolean leadsWorkGroups() {
    return true;
  }

  /**
   * Returns the year of their programme from which specialists lead Work Groups: 2 for primary
   * (after the training year), 3 for secondary.
   *
   * @return the year of the programme, 2 or more
   */
  @Value.Default
  public int firstLeadingYear() {
    return 2;
  }

  /**
   * Returns the last cohort still required to lead Work Groups, where later cohorts no longer
   * have to (secondary from cohort 10, 2025/26).
   *
   * @return the cohort number, or empty if every cohort that leads is required to
   */
  public abstract Optional<Integer> lastCohortRequiredToLead();

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
   * Checks whether a specialist of the cohort is in a year of the programme in which the stream's
   * specialists lead Work Groups.
   *
   * @param cohortNumber the cohort's number, 1 or more
   * @param year the academic year, not null
   * @return true if the year is one of the programme's leading years
   */
  public boolean leadsIn(int cohortNumber, AcademicYear year) {
    Objects.requireNonNull(year, "year");
    AcademicYear training = trainingYear(cohortNumber);
    if (!leadsWorkGroups() || year.isBefore(training)) {
      return false;
    }
    int yearOfProgramme = training.yearsUntil(year) + 1;
    return yearOfProgramme >= firstLeadingYear() && yearOfProgramme <= programmeYears();
  }

  /**
   * Returns a copy with other leading rules; the other values are kept.
   *
   * @param leads whether specialists lead Work Groups
   * @param firstYear the year of the programme from which they lead, 2 or more
   * @param lastRequiredCohort the last cohort required to lead, or empty
   * @return the rules, not null
   */
  public StreamRules withLeading(boolean leads, int firstYear, Optional<Integer> lastRequiredCohort) {
    Objects.requireNonNull(lastRequiredCohort, "lastRequiredCohort");
    return ImmutableStreamRules.builder()
        .from(this)
        .leadsWorkGroups(leads)
        .firstLeadingYear(firstYear)
        .lastCohortRequiredToLead(lastRequiredCohort)
        .build();
  }

  /**
   * Returns a copy with another source.
   *
   * @param source where the rules come from, not null
   * @param assumed whether they are in part the library's assumption
   * @return the rules, not null
   */
  public StreamRules withSource(String source, boolean assumed) {
    Objects.requireNonNull(source, "source");
    return ImmutableStreamRules.builder().from(this).source(source).assumption(assumed).build();
  }

  @Value.Check
  void check() {
    checkArgument(
        programmeYears() >= 1, "programme length must be 1 year or more: %s", programmeYears());
    checkArgument(
        firstLeadingYear() >= 2,
        "specialists lead from the second year of their programme or later: %s",
        firstLeadingYear());
    lastCohortRequiredToLead()
        .ifPresent(
            n ->
                checkArgument(
                    n >= 1 && n <= Cohort.MAX_NUMBER,
                    "last cohort required to lead must be from 1 to %s: %s",
                    Cohort.MAX_NUMBER,
                    n));
  }
}
