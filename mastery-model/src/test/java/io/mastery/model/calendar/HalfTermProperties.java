package io.mastery.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.mastery.model.NullRejection;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

@Label("A half-term")
class HalfTermProperties {

  @Example
  void aYearHasSixHalfTermsAutumnToSummer() {
    assertThat(HalfTerm.inOrder())
        .containsExactly(
            HalfTerm.AUTUMN_1,
            HalfTerm.AUTUMN_2,
            HalfTerm.SPRING_1,
            HalfTerm.SPRING_2,
            HalfTerm.SUMMER_1,
            HalfTerm.SUMMER_2);
  }

  @Property
  void isFoundAgainFromItsTermAndHalf(@ForAll HalfTerm halfTerm) {
    assertThat(HalfTerm.of(halfTerm.term(), halfTerm.half())).isSameAs(halfTerm);
  }

  @Property
  void runsInTheOrderOfItsTermThenItsHalf(@ForAll HalfTerm a, @ForAll HalfTerm b) {
    int byTerm = a.term().compareTo(b.term());
    int expected = byTerm != 0 ? byTerm : Integer.compare(a.half(), b.half());
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(expected));
    assertThat(HalfTerm.inOrder().indexOf(a) < HalfTerm.inOrder().indexOf(b))
        .isEqualTo(expected < 0);
  }

  @Property
  void hasOnlyAFirstAndASecondHalf(@ForAll Term term, @ForAll int half) {
    if (half == 1 || half == 2) {
      assertThat(HalfTerm.of(term, half).half()).isEqualTo(half);
    } else {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> HalfTerm.of(term, half))
          .withMessageContaining("half")
          .withMessageContaining(String.valueOf(half));
    }
  }

  @Example
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(HalfTerm.class, HalfTerm.SPRING_2);
  }
}
