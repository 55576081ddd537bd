package io.mastery.model.calendar;

import static io.mastery.model.testkit.Generators.ints;
import static io.mastery.model.testkit.MasteryGen.halfTerms;
import static io.mastery.model.testkit.MasteryGen.terms;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.mastery.model.NullRejection;
import io.mastery.model.testkit.Area;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("A half-term")
class HalfTermProperties {

  @Test
  @DisplayName("is one of the year's six, from autumn 1 to summer 2")
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

  @Test
  @DisplayName("is found again from its term and half")
  void isFoundAgainFromItsTermAndHalf() {
    qt().forAll(halfTerms())
        .checkAssert(
            halfTerm ->
                assertThat(HalfTerm.of(halfTerm.term(), halfTerm.half())).isSameAs(halfTerm));
  }

  @Test
  @DisplayName("runs in the order of its term, then of its half")
  void runsInTheOrderOfItsTermThenItsHalf() {
    qt().forAll(halfTerms(), halfTerms())
        .checkAssert(
            (a, b) -> {
              int byTerm = a.term().compareTo(b.term());
              int expected = byTerm != 0 ? byTerm : Integer.compare(a.half(), b.half());
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(expected));
              assertThat(HalfTerm.inOrder().indexOf(a) < HalfTerm.inOrder().indexOf(b))
                  .isEqualTo(expected < 0);
            });
  }

  @Test
  @DisplayName("has only a first and a second half: any other half is refused, quoting it")
  void hasOnlyAFirstAndASecondHalf() {
    qt().forAll(terms(), ints())
        .checkAssert(
            (term, half) -> {
              if (half == 1 || half == 2) {
                assertThat(HalfTerm.of(term, half).half()).isEqualTo(half);
              } else {
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> HalfTerm.of(term, half))
                    .withMessageContaining("half")
                    .withMessageContaining(String.valueOf(half));
              }
            });
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("rejects nulls, naming the parameter")
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(HalfTerm.class, HalfTerm.SPRING_2);
  }
}
