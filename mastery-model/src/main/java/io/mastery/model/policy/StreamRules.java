package io.mastery.model.policy;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Stream;
import io.mastery.model.specialist.Cohort;
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

  @Value.Check
  void check() {
    checkArgument(
        programmeYears() >= 1, "programme length must be 1 year or more: %s", programmeYears());
  }
}
