package io.mastery.model.workgroup;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.mastery.model.testkit.MasteryExamples;
import io.mastery.model.NullRejection;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

@Label("A school's participation in a Work Group")
class ParticipationProperties {

  @Property
  void keepsTheTeachersInOrderRepeatsIncluded(
      @ForAll Urn school, @ForAll @Size(max = 6) List<Trn> teachers) {
    Participation participation = Participation.of(school, teachers);
    assertThat(participation.school()).isEqualTo(school);
    assertThat(participation.teachers()).containsExactlyElementsOf(teachers);
  }

  @Property
  void isTheSameFromAListOrFromSeparateTeachers(
      @ForAll Urn school, @ForAll @Size(max = 6) List<Trn> teachers) {
    assertThat(Participation.of(school, teachers.toArray(new Trn[0])))
        .isEqualTo(Participation.of(school, teachers));
  }

  @Example
  void holdsARepeatedTeacherSoThatItCanBeReported() {
    Trn teacher = Trn.of("2000001");
    assertThat(Participation.of(Urn.of(100008), teacher, teacher).teachers()).hasSize(2);
  }

  @Example
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

  @Example
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(Participation.class, MasteryExamples.PARTICIPATION);
  }
}
