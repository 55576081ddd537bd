package io.mastery.model.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.Lists;
import com.google.common.testing.EqualsTester;
import io.mastery.model.testkit.MasteryExamples;
import io.mastery.model.NullRejection;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

@Label("A school register")
class SchoolRegisterProperties {

  @Property(tries = 200)
  void findsEverySchoolItListsByUrnAndNoOther(@ForAll SchoolRegister register, @ForAll Urn urn) {
    for (School school : register.schools()) {
      assertThat(register.find(school.urn())).contains(school);
      assertThat(register.contains(school.urn())).isTrue();
    }
    boolean listed = register.schools().stream().anyMatch(s -> s.urn().equals(urn));
    assertThat(register.contains(urn)).isEqualTo(listed);
    assertThat(register.find(urn).isPresent()).isEqualTo(listed);
  }

  @Property(tries = 200)
  void keepsTheSchoolsInTheOrderGiven(@ForAll SchoolRegister register) {
    SchoolRegister again = SchoolRegister.of(register.schools());
    assertThat(again.schools()).containsExactlyElementsOf(register.schools());
    assertThat(again.size()).isEqualTo(register.schools().size());
    assertThat(again).isEqualTo(register);
  }

  @Property(tries = 200)
  void isEqualWhateverTheOrderOfItsSchools(@ForAll SchoolRegister register) {
    SchoolRegister reversed = SchoolRegister.of(Lists.reverse(new ArrayList<>(register.schools())));
    assertThat(reversed).isEqualTo(register).hasSameHashCodeAs(register);
  }

  @Property(tries = 200)
  void rejectsAUrnListedTwiceQuotingItAndBothNames(
      @ForAll SchoolRegister register, @ForAll School school, @ForAll String otherName) {
    String name = otherName.isBlank() ? "Other School" : otherName;
    School twin = School.builder().from(school).name(name).build();
    List<School> schools = new ArrayList<>(register.schools());
    schools.add(school);
    schools.add(twin);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SchoolRegister.of(schools))
        .withMessageContaining("URN " + school.urn() + " twice");
  }

  @Example
  void rejectsADuplicateUrnNamingBothSchools() {
    School first = MasteryExamples.SCHOOL;
    School second = School.builder().from(first).name("Camden Academy").build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SchoolRegister.of(List.of(first, second)))
        .withMessage(
            "the register lists URN 100008 twice: \"Camden Primary School\" and \"Camden"
                + " Academy\"");
  }

  @Example
  void theEmptyRegisterListsNothing() {
    assertThat(SchoolRegister.empty().size()).isZero();
    assertThat(SchoolRegister.empty().schools()).isEmpty();
    assertThat(SchoolRegister.empty()).isEqualTo(SchoolRegister.of(List.of()));
    assertThat(SchoolRegister.empty().contains(MasteryExamples.URN)).isFalse();
  }

  @Example
  void isEqualOnlyToARegisterOfTheSameSchools() {
    School school = MasteryExamples.SCHOOL;
    new EqualsTester()
        .addEqualityGroup(SchoolRegister.empty(), SchoolRegister.of(List.of()))
        .addEqualityGroup(SchoolRegister.of(List.of(school)), MasteryExamples.REGISTER)
        .addEqualityGroup(SchoolRegister.of(List.of(school.withStatus(EstablishmentStatus.CLOSED))))
        .testEquals();
  }

  @Example
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(SchoolRegister.class, MasteryExamples.REGISTER);
  }

  @Example
  @Label("describes itself by how many schools it holds, and hashes registers of other schools apart")
  void describesItselfByItsSizeAndHashesOtherRegistersApart() {
    SchoolRegister one = MasteryExamples.REGISTER;
    SchoolRegister other =
        SchoolRegister.of(
            List.of(School.builder().from(MasteryExamples.SCHOOL).urn(Urn.of(100009)).build()));
    assertThat(one).hasToString("SchoolRegister{1 schools}");
    assertThat(one.hashCode()).isNotEqualTo(other.hashCode());
  }
}
