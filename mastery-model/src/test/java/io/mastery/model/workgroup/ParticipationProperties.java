package io.mastery.model.workgroup;

import static io.mastery.model.testkit.Generators.listsOf;
import static io.mastery.model.testkit.MasteryGen.trns;
import static io.mastery.model.testkit.MasteryGen.urns;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.mastery.model.NullRejection;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import io.mastery.model.testkit.Area;
import io.mastery.model.testkit.MasteryExamples;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("A school's participation in a Work Group")
class ParticipationProperties {

  @Test
  @DisplayName("keeps the teachers in order, repeats included")
  void keepsTheTeachersInOrderRepeatsIncluded() {
    qt().forAll(urns(), listsOf(trns(), 0, 6))
        .checkAssert(
            (school, teachers) -> {
              Participation participation = Participation.of(school, teachers);
              assertThat(participation.school()).isEqualTo(school);
              assertThat(participation.teachers()).containsExactlyElementsOf(teachers);
            });
  }

  @Test
  @DisplayName("is the same from a list or from separate teachers")
  void isTheSameFromAListOrFromSeparateTeachers() {
    qt().forAll(urns(), listsOf(trns(), 0, 6))
        .checkAssert(
            (school, teachers) ->
                assertThat(Participation.of(school, teachers.toArray(new Trn[0])))
                    .isEqualTo(Participation.of(school, teachers)));
  }

  @Test
  @DisplayName("holds a repeated teacher, so that it can be reported")
  void holdsARepeatedTeacherSoThatItCanBeReported() {
    Trn teacher = Trn.of("2000001");
    assertThat(Participation.of(Urn.of(100008), teacher, teacher).teachers()).hasSize(2);
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("is equal only with the same school and teachers in the same order")
  void isEqualOnlyWithTheSameSchoolAndTeachersInTheSameOrder() {
    Trn a = Trn.of("2000001");
    Trn b = Trn.of("2000002");
    Urn school = Urn.of(100008);
    new EqualsTester()
        .addEqualityGroup(Participation.of(school, a, b), Participation.of(school, List.of(a, b)))
        .addEqualityGroup(Participation.of(school, b, a))
        .addEqualityGroup(Participation.of(school, a))
        .addEqualityGroup(Participation.of(Urn.of(100009), a, b))
        .testEquals();
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("rejects nulls, naming the parameter")
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(Participation.class, MasteryExamples.PARTICIPATION);
  }
}
