package io.mastery.model.specialist;

import io.mastery.model.MasteryStyle;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import org.immutables.value.Value;

/**
 * A Mastery Specialist: a practising classroom teacher trained by the NCETM and a Maths Hub, who
 * then leads Work Groups and afterwards continues as a Local Leader of Maths Education.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class MasterySpecialist {

  MasterySpecialist() {}

  /**
   * Obtains a specialist.
   *
   * @param trn the teacher's reference number, not null
   * @param school the URN of the specialist's own school, not null
   * @param cohort the cohort the specialist trained with, not null
   * @return the specialist, not null
   */
  public static MasterySpecialist of(Trn trn, Urn school, Cohort cohort) {
    return ImmutableMasterySpecialist.of(trn, school, cohort);
  }

  /**
   * Returns the teacher's reference number.
   *
   * @return the TRN, not null
   */
  @Value.Parameter
  public abstract Trn trn();

  /**
   * Returns the URN of the specialist's own school.
   *
   * @return the URN, not null
   */
  @Value.Parameter
  public abstract Urn school();

  /**
   * Returns the cohort the specialist trained with.
   *
   * @return the cohort, not null
   */
  @Value.Parameter
  public abstract Cohort cohort();

  /**
   * Returns the specialist's stream, that of the cohort.
   *
   * @return the stream, not null
   */
  public Stream stream() {
    return cohort().stream();
  }

  /**
   * Returns a copy of this specialist with another own school.
   *
   * @param school the URN of the new school, not null
   * @return the copy, not null
   */
  public MasterySpecialist withSchool(Urn school) {
    return ImmutableMasterySpecialist.copyOf(this).withSchool(school);
  }

  /**
   * Returns a copy of this specialist in another cohort.
   *
   * @param cohort the new cohort, not null
   * @return the copy, not null
   */
  public MasterySpecialist withCohort(Cohort cohort) {
    return ImmutableMasterySpecialist.copyOf(this).withCohort(cohort);
  }
}
