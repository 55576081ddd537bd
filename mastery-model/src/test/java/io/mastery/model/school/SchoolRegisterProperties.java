package io.mastery.model.school;

import static io.mastery.model.testkit.Generators.anyStrings;
import static io.mastery.model.testkit.MasteryGen.schoolRegisters;
import static io.mastery.model.testkit.MasteryGen.schools;
import static io.mastery.model.testkit.MasteryGen.urns;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.Lists;
import com.google.common.testing.EqualsTester;
import io.mastery.model.NullRejection;
import io.mastery.model.testkit.Area;
import io.mastery.model.testkit.MasteryExamples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("A school register")
class SchoolRegisterProperties {

  @Test
  @DisplayName("finds every school it lists by URN, and no other")
  void findsEverySchoolItListsByUrnAndNoOther() {
    qt(200)
        .forAll(schoolRegisters(), urns())
        .checkAssert(
            (register, urn) -> {
              for (School school : register.schools()) {
                assertThat(register.find(school.urn())).contains(school);
                assertThat(register.contains(school.urn())).isTrue();
              }
              boolean listed = register.schools().stream().anyMatch(s -> s.urn().equals(urn));
              assertThat(register.contains(urn)).isEqualTo(listed);
              assertThat(register.find(urn).isPresent()).isEqualTo(listed);
            });
  }

  @Test
  @DisplayName("keeps the schools in the order given")
  void keepsTheSchoolsInTheOrderGiven() {
    qt(200)
        .forAll(schoolRegisters())
        .checkAssert(
            register -> {
              SchoolRegister again = SchoolRegister.of(register.schools());
              assertThat(again.schools()).containsExactlyElementsOf(register.schools());
              assertThat(again.size()).isEqualTo(register.schools().size());
              assertThat(again).isEqualTo(register);
            });
  }

  @Test
  @DisplayName("is equal whatever the order of its schools")
  void isEqualWhateverTheOrderOfItsSchools() {
    qt(200)
        .forAll(schoolRegisters())
        .checkAssert(
            register -> {
              SchoolRegister reversed =
                  SchoolRegister.of(Lists.reverse(new ArrayList<>(register.schools())));
              assertThat(reversed).isEqualTo(register).hasSameHashCodeAs(register);
            });
  }

  @Test
  @DisplayName("refuses a URN listed twice, quoting it")
  void rejectsAUrnListedTwiceQuotingItAndBothNames() {
    qt(200)
        .forAll(schoolRegisters(), schools(), anyStrings())
        .checkAssert(
            (register, school, otherName) -> {
              String name = otherName.isBlank() ? "Other School" : otherName;
              School twin = School.builder().from(school).name(name).build();
              List<School> schools = new ArrayList<>(register.schools());
              schools.add(school);
              schools.add(twin);
              assertThatIllegalArgumentException()
                  .isThrownBy(() -> SchoolRegister.of(schools))
                  .withMessageContaining("URN " + school.urn() + " twice");
            });
  }

  @Test
  @DisplayName("refuses a duplicate URN, naming both schools")
  void rejectsADuplicateUrnNamingBothSchools() {
    School first = MasteryExamples.SCHOOL;
    School second = School.builder().from(first).name("Camden Academy").build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SchoolRegister.of(List.of(first, second)))
        .withMessage(
            "the register lists URN 100008 twice: \"Camden Primary School\" and \"Camden"
                + " Academy\"");
  }

  @Test
  @DisplayName("the empty register lists nothing")
  void theEmptyRegisterListsNothing() {
    assertThat(SchoolRegister.empty().size()).isZero();
    assertThat(SchoolRegister.empty().schools()).isEmpty();
    assertThat(SchoolRegister.empty()).isEqualTo(SchoolRegister.of(List.of()));
    assertThat(SchoolRegister.empty().contains(MasteryExamples.URN)).isFalse();
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("is equal only to a register of the same schools")
  void isEqualOnlyToARegisterOfTheSameSchools() {
    School school = MasteryExamples.SCHOOL;
    new EqualsTester()
        .addEqualityGroup(SchoolRegister.empty(), SchoolRegister.of(List.of()))
        .addEqualityGroup(SchoolRegister.of(List.of(school)), MasteryExamples.REGISTER)
        .addEqualityGroup(SchoolRegister.of(List.of(school.withStatus(EstablishmentStatus.CLOSED))))
        .testEquals();
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("rejects nulls, naming the parameter")
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(SchoolRegister.class, MasteryExamples.REGISTER);
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName(
      "describes itself by how many schools it holds, and hashes registers of other schools"
          + " apart")
  void describesItselfByItsSizeAndHashesOtherRegistersApart() {
    SchoolRegister one = MasteryExamples.REGISTER;
    SchoolRegister other =
        SchoolRegister.of(
            List.of(School.builder().from(MasteryExamples.SCHOOL).urn(Urn.of(100009)).build()));
    assertThat(one).hasToString("SchoolRegister{1 schools}");
    assertThat(one.hashCode()).isNotEqualTo(other.hashCode());
  }
}
