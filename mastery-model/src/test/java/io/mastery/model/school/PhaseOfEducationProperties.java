package io.mastery.model.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.mastery.model.NullRejection;
import java.util.Arrays;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

@Label("A phase of education")
class PhaseOfEducationProperties {

  @Example
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

  @Property
  void isFoundByItsCode(@ForAll PhaseOfEducation phase) {
    assertThat(PhaseOfEducation.ofCode(phase.code())).isSameAs(phase);
  }

  @Property
  void rejectsAnUnknownCodeQuotingIt(@ForAll int code) {
    if (code < 0 || code > 7) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PhaseOfEducation.ofCode(code))
          .withMessage("phase of education code is not known: " + code);
    }
  }

  @Example
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(PhaseOfEducation.class, PhaseOfEducation.PRIMARY);
  }
}
