package io.mastery.model.specialist;

import static io.mastery.model.testkit.MasteryGen.cohorts;
import static io.mastery.model.testkit.MasteryGen.masterySpecialists;
import static io.mastery.model.testkit.MasteryGen.trns;
import static io.mastery.model.testkit.MasteryGen.urns;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.mastery.model.NullRejection;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import io.mastery.model.testkit.Area;
import io.mastery.model.testkit.MasteryExamples;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("A Mastery Specialist")
class MasterySpecialistProperties {

  @Test
  @DisplayName("holds the teacher, their school and cohort, and teaches in the cohort's stream")
  void holdsTheTeacherTheirSchoolAndCohortAndTeachesInTheCohortsStream() {
    qt().forAll(trns(), urns(), cohorts())
        .checkAssert(
            (trn, school, cohort) -> {
              MasterySpecialist specialist = MasterySpecialist.of(trn, school, cohort);
              assertThat(specialist.trn()).isEqualTo(trn);
              assertThat(specialist.school()).isEqualTo(school);
              assertThat(specialist.cohort()).isEqualTo(cohort);
              assertThat(specialist.stream()).isEqualTo(cohort.stream());
            });
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("copied with another school changes only the school")
  void withSchoolChangesOnlyTheSchool() {
    qt().forAll(masterySpecialists(), urns())
        .checkAssert(
            (specialist, school) ->
                assertThat(specialist.withSchool(school))
                    .isEqualTo(
                        MasterySpecialist.of(specialist.trn(), school, specialist.cohort())));
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("copied with another cohort changes only the cohort, and the stream with it")
  void withCohortChangesOnlyTheCohort() {
    qt().forAll(masterySpecialists(), cohorts())
        .checkAssert(
            (specialist, cohort) -> {
              MasterySpecialist moved = specialist.withCohort(cohort);
              assertThat(moved)
                  .isEqualTo(MasterySpecialist.of(specialist.trn(), specialist.school(), cohort));
              assertThat(moved.stream()).isEqualTo(cohort.stream());
            });
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("is equal only with the same teacher, school and cohort")
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

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("rejects nulls, naming the parameter")
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(MasterySpecialist.class, MasteryExamples.SPECIALIST);
  }
}
