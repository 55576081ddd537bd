package io.mastery.model.specialist;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.mastery.model.testkit.MasteryExamples;
import io.mastery.model.NullRejection;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

@Label("A Mastery Specialist")
class MasterySpecialistProperties {

  @Property
  void holdsTheTeacherTheirSchoolAndCohortAndTeachesInTheCohortsStream(
      @ForAll Trn trn, @ForAll Urn school, @ForAll Cohort cohort) {
    MasterySpecialist specialist = MasterySpecialist.of(trn, school, cohort);
    assertThat(specialist.trn()).isEqualTo(trn);
    assertThat(specialist.school()).isEqualTo(school);
    assertThat(specialist.cohort()).isEqualTo(cohort);
    assertThat(specialist.stream()).isEqualTo(cohort.stream());
  }

  @Property
  void withSchoolChangesOnlyTheSchool(@ForAll MasterySpecialist specialist, @ForAll Urn school) {
    assertThat(specialist.withSchool(school))
        .isEqualTo(MasterySpecialist.of(specialist.trn(), school, specialist.cohort()));
  }

  @Property
  void withCohortChangesOnlyTheCohort(@ForAll MasterySpecialist specialist, @ForAll Cohort cohort) {
    MasterySpecialist moved = specialist.withCohort(cohort);
    assertThat(moved)
        .isEqualTo(MasterySpecialist.of(specialist.trn(), specialist.school(), cohort));
    assertThat(moved.stream()).isEqualTo(cohort.stream());
  }

  @Example
  void isEqualOnlyWithTheSameTeacherSchoolAndCohort() {
    MasterySpecialist specialist = MasteryExamples.SPECIALIST;
    new EqualsTester()
        .addEqualityGroup(
            specialist,
            MasterySpecialist.of(Trn.of("1000001"), Urn.of(100008), Cohort.of(Stream.PRIMARY, 3)))
        .addEqualityGroup(specialist.withSchool(Urn.of(100009)))
        .addEqualityGroup(specialist.withCohort(Cohort.of(Stream.PRIMARY, 4)))
        .addEqualityGroup(
            MasterySpecialist.of(Trn.of("1000002"), Urn.of(100008), specialist.cohort()))
        .testEquals();
  }

  @Example
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(MasterySpecialist.class, MasteryExamples.SPECIALIST);
  }
}
