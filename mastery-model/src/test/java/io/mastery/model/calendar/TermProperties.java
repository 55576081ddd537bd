package io.mastery.model.calendar;

import static io.mastery.model.testkit.MasteryGen.terms;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.NullRejection;
import io.mastery.model.testkit.Area;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("A term")
class TermProperties {

  @Test
  @DisplayName("is one of the year's three terms: autumn, spring and summer")
  void aYearHasThreeTermsAutumnSpringSummer() {
    assertThat(Term.inOrder()).containsExactly(Term.AUTUMN, Term.SPRING, Term.SUMMER);
    assertThat(Term.values()).hasSize(3);
  }

  @Test
  @DisplayName("splits in two half-terms of its own")
  void splitsInTwoHalfTermsOfItsOwn() {
    qt().forAll(terms())
        .checkAssert(
            term -> {
              assertThat(term.halfTerms()).hasSize(2);
              assertThat(term.halfTerms()).allSatisfy(h -> assertThat(h.term()).isEqualTo(term));
              assertThat(term.halfTerms()).extracting(HalfTerm::half).containsExactly(1, 2);
            });
  }

  @Test
  @DisplayName("holds its two half-terms in their place among the year's half-terms")
  void termsInOrderListEveryHalfTermInOrder() {
    qt().forAll(terms())
        .checkAssert(
            term -> {
              int index = Term.inOrder().indexOf(term);
              assertThat(HalfTerm.inOrder().subList(2 * index, 2 * index + 2))
                  .isEqualTo(term.halfTerms());
            });
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("rejects nulls, naming the parameter")
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(Term.class, Term.AUTUMN);
  }
}
