package io.mastery.model.school;

import static io.mastery.model.testkit.Generators.ints;
import static io.mastery.model.testkit.MasteryGen.phasesOfEducation;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.mastery.model.NullRejection;
import io.mastery.model.testkit.Area;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("A phase of education")
class PhaseOfEducationProperties {

  @Test
  @DisplayName("has the register's codes 0 to 7")
  void hasTheRegistersCodesZeroToSeven() {
    assertThat(Arrays.stream(PhaseOfEducation.values()).map(p -> p.code() + " " + p.registerName()))
        .containsExactly(
            "0 Not applicable",
            "1 Nursery",
            "2 Primary",
            "3 Middle deemed primary",
            "4 Secondary",
            "5 Middle deemed secondary",
            "6 16 plus",
            "7 All-through");
  }

  @Test
  @DisplayName("is found by its code")
  void isFoundByItsCode() {
    qt().forAll(phasesOfEducation())
        .checkAssert(phase -> assertThat(PhaseOfEducation.ofCode(phase.code())).isSameAs(phase));
  }

  @Test
  @DisplayName("refuses an unknown code, quoting it")
  void rejectsAnUnknownCodeQuotingIt() {
    qt().forAll(ints())
        .checkAssert(
            code -> {
              if (code < 0 || code > 7) {
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> PhaseOfEducation.ofCode(code))
                    .withMessage("phase of education code is not known: " + code);
              }
            });
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("rejects nulls, naming the parameter")
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(PhaseOfEducation.class, PhaseOfEducation.PRIMARY);
  }
}
