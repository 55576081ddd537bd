package io.mastery.model.delivery;

import static io.mastery.model.testkit.DeliveryGen.deliveries;
import static io.mastery.model.testkit.MasteryGen.halfTerms;
import static io.mastery.model.testkit.MasteryGen.programmeYears;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.calendar.HalfTerm;
import io.mastery.model.calendar.Term;
import io.mastery.model.workgroup.WorkGroupId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A hub's delivery log")
class DeliveryProperties {

  @Test
  @DisplayName("finds each group's delivery by its id, and none for a group it does not hold")
  void findsGroups() {
    qt().forAll(deliveries())
        .checkAssert(
            d -> {
              for (GroupDelivery g : d.workGroups()) {
                assertThat(d.workGroup(g.workGroup())).contains(g);
              }
              assertThat(d.withWorkGroups(List.of()).workGroup(WorkGroupId.of("WG-01"))).isEmpty();
            });
  }

  @Test
  @DisplayName("without an as-of day judges every half-term; with one, only those that have ended")
  void judgesEndedHalfTerms() {
    qt().forAll(deliveries(), programmeYears(), halfTerms())
        .checkAssert(
            (d, year, halfTerm) -> {
              Delivery whole = Delivery.builder().from(d).asOf(java.util.Optional.empty()).build();
              assertThat(whole.judges(year, halfTerm)).isTrue();
              LocalDate end = DeliveryCalendar.latestEnd(year, halfTerm);
              assertThat(d.withAsOf(end).judges(year, halfTerm)).isFalse();
              assertThat(d.withAsOf(end.plusDays(1)).judges(year, halfTerm)).isTrue();
            });
  }

  @Test
  @DisplayName(
      "as of 1 January 2020 judges the two autumn half-terms of 2019/20 and the autumn term only")
  void asOfNewYear() {
    Delivery d = Delivery.builder().asOf(LocalDate.of(2020, 1, 1)).build();
    AcademicYear year = AcademicYear.of(2019);
    assertThat(HalfTerm.inOrder().stream().filter(h -> d.judges(year, h)))
        .containsExactly(HalfTerm.AUTUMN_1, HalfTerm.AUTUMN_2);
    assertThat(Term.inOrder().stream().filter(t -> d.judges(year, t)))
        .containsExactly(Term.AUTUMN);
  }

  @Test
  @DisplayName("refuses two records of one Work Group, naming it")
  void refusesAGroupTwice() {
    GroupDelivery g = GroupDelivery.of(WorkGroupId.of("WG-01"), List.of(), List.of());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Delivery.builder().addWorkGroups(g, g).build())
        .withMessageContaining("WG-01");
  }
}
