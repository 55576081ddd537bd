package io.mastery.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.NullRejection;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

@Label("A term")
class TermProperties {

  @Example
  void aYearHasThreeTermsAutumnSpringSummer() {
    assertThat(Term.inOrder()).containsExactly(Term.AUTUMN, Term.SPRING, Term.SUMMER);
    assertThat(Term.values()).hasSize(3);
  }

  @Property
  void splitsInTwoHalfTermsOfItsOwn(@ForAll Term term) {
    assertThat(term.halfTerms()).hasSize(2);
    assertThat(term.halfTerms()).allSatisfy(h -> assertThat(h.term()).isEqualTo(term));
    assertThat(term.halfTerms()).extracting(HalfTerm::half).containsExactly(1, 2);
  }

  @Property
  void termsInOrderListEveryHalfTermInOrder(@ForAll Term term) {
    int index = Term.inOrder().indexOf(term);
    assertThat(HalfTerm.inOrder().subList(2 * index, 2 * index + 2)).isEqualTo(term.halfTerms());
  }

  @Example
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(Term.class, Term.AUTUMN);
  }
}
