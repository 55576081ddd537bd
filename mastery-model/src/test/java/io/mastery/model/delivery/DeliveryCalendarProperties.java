package io.mastery.model.delivery;

import static io.mastery.model.testkit.MasteryGen.datesInProgrammeYears;
import static io.mastery.model.testkit.MasteryGen.halfTerms;
import static io.mastery.model.testkit.MasteryGen.programmeYears;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.calendar.HalfTerm;
import io.mastery.model.calendar.Term;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The delivery calendar")
class DeliveryCalendarProperties {

  @Test
  @DisplayName("ends the half-terms in order, inside the year, each starting the day after the last")
  void halfTermsInOrder() {
    qt().forAll(programmeYears(), halfTerms())
        .checkAssert(
            (year, h) -> {
              LocalDate start = DeliveryCalendar.earliestStart(year, h);
              LocalDate end = DeliveryCalendar.latestEnd(year, h);
              assertThat(year.contains(start)).isTrue();
              assertThat(year.contains(end)).isTrue();
              assertThat(start).isBeforeOrEqualTo(end);
              if (h.ordinal() > 0) {
                HalfTerm before = HalfTerm.inOrder().get(h.ordinal() - 1);
                assertThat(start).isEqualTo(DeliveryCalendar.latestEnd(year, before).plusDays(1));
              }
            });
  }

  @Test
  @DisplayName("puts every day of the year in the term whose half-terms span it")
  void termOfADay() {
    qt().forAll(datesInProgrammeYears())
        .checkAssert(
            day -> {
              AcademicYear year = AcademicYear.containing(day);
              Term term = DeliveryCalendar.termOf(year, day);
              if (term != Term.SUMMER) {
                assertThat(day)
                    .isBetween(
                        DeliveryCalendar.earliestStart(year, HalfTerm.of(term, 1)),
                        DeliveryCalendar.latestEnd(year, HalfTerm.of(term, 2)));
              } else {
                assertThat(day)
                    .isAfterOrEqualTo(DeliveryCalendar.earliestStart(year, HalfTerm.SUMMER_1));
              }
            });
  }

  @Test
  @DisplayName("counts a term ended once its second half-term has: 2019/20's autumn term on 1 January 2020")
  void termEnds() {
    AcademicYear year = AcademicYear.of(2019);
    assertThat(DeliveryCalendar.hasEnded(year, Term.AUTUMN, LocalDate.of(2019, 12, 31))).isFalse();
    assertThat(DeliveryCalendar.hasEnded(year, Term.AUTUMN, LocalDate.of(2020, 1, 1))).isTrue();
    assertThat(DeliveryCalendar.hasEnded(year, HalfTerm.SUMMER_2, LocalDate.of(2020, 8, 1))).isTrue();
  }
}
