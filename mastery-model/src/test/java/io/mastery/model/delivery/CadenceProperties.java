package io.mastery.model.delivery;

import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.generators.SourceDSL.integers;

import io.mastery.model.calendar.HalfTerm;
import io.mastery.model.calendar.Term;
import io.mastery.model.testkit.Area;
import io.mastery.model.testkit.MasteryExamples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("A phase's cadence")
class CadenceProperties {

  @Test
  @DisplayName(
      "of primary Development (\"meets every half-term\", \"a termly bespoke support visit\") is a"
          + " meeting every half-term and a visit every term")
  void primaryDevelopment() {
    Cadence cadence = Cadence.of(MasteryExamples.PRIMARY_DEVELOPMENT);
    assertThat(cadence.windows()).hasSize(6);
    for (HalfTerm h : HalfTerm.inOrder()) {
      assertThat(cadence.windowOf(h)).isNotNull();
      assertThat(cadence.windowOf(h).halfTerms()).containsExactly(h);
    }
    for (Term t : Term.inOrder()) {
      assertThat(cadence.visitsIn(t)).isEqualTo(1);
    }
  }

  @Test
  @DisplayName("of three meetings a year is a meeting a term")
  void threeMeetings() {
    Cadence cadence = Cadence.of(3, 0);
    assertThat(cadence.windows())
        .extracting(Cadence.Window::halfTerms)
        .containsExactly(
            Term.AUTUMN.halfTerms(), Term.SPRING.halfTerms(), Term.SUMMER.halfTerms());
  }

  @Test
  @DisplayName("spreads every meeting and visit of the year over its windows and terms, none left out")
  void spreadsEverything() {
    qt().forAll(integers().between(0, 14), integers().between(0, 9))
        .checkAssert(
            (meetings, visits) -> {
              Cadence cadence = Cadence.of(meetings, visits);
              assertThat(cadence.windows().stream().mapToInt(Cadence.Window::meetings).sum())
                  .isEqualTo(meetings);
              assertThat(Term.inOrder().stream().mapToInt(cadence::visitsIn).sum())
                  .isEqualTo(visits);
              List<HalfTerm> covered = new ArrayList<>();
              cadence.windows().forEach(w -> covered.addAll(w.halfTerms()));
              assertThat(covered).doesNotHaveDuplicates().isSubsetOf(HalfTerm.inOrder());
              if (meetings > 0) {
                assertThat(covered).containsExactlyElementsOf(HalfTerm.inOrder());
              }
              assertThat(cadence).isEqualTo(Cadence.of(meetings, visits));
              assertThat(cadence.hashCode()).isEqualTo(Cadence.of(meetings, visits).hashCode());
            });
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("refuses a negative number of meetings or visits, and a window without a meeting")
  void refusesNegatives() {
    assertThatIllegalArgumentException().isThrownBy(() -> Cadence.of(-1, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> Cadence.of(0, -1));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Cadence.Window(List.of(HalfTerm.AUTUMN_1), 0));
    assertThatIllegalArgumentException().isThrownBy(() -> new Cadence.Window(List.of(), 1));
    assertThat(Cadence.of(6, 3).toString()).contains("6 meetings");
  }
}
