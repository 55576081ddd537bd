package io.mastery.model.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.testkit.Area;
import io.mastery.model.testkit.MasteryExamples;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag(Area.TAG_DELIVERY)
@DisplayName("A phase's delivery terms")
class DeliveryTermsProperties {

  @Test
  @DisplayName(
      "of primary Development 2019/20 ask five of the six meetings, the hub's assumption, and pay"
          + " the release grant on completion")
  void primaryDevelopment() {
    DeliveryTerms terms =
        ProgrammePolicy.forYear(AcademicYear.of(2019))
            .phaseRules(Stream.PRIMARY, Phase.DEVELOPMENT)
            .orElseThrow()
            .deliveryTermsOrDefault();
    assertThat(terms.meetingsForCompletion()).isEqualTo(5);
    assertThat(terms.grantCondition()).isEqualTo(GrantCondition.COMPLETION);
    assertThat(terms.assumption()).isTrue();
    assertThat(terms.source()).contains("Engagement with the Maths Hubs Programme");
  }

  @Test
  @DisplayName("default, for an edition without a delivery row, to every meeting and payment on enrolment")
  void defaults() {
    PhaseRules without =
        PhaseRules.builder()
            .from(MasteryExamples.PRIMARY_DEVELOPMENT)
            .deliveryTerms(java.util.Optional.empty())
            .build();
    DeliveryTerms terms = without.deliveryTermsOrDefault();
    assertThat(terms.meetingsForCompletion())
        .isEqualTo(MasteryExamples.PRIMARY_DEVELOPMENT.meetingsPerYear());
    assertThat(terms.grantCondition()).isEqualTo(GrantCondition.ENROLMENT);
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName(
      "refuse a negative number of meetings, a negative or non-GBP charge, and attendance without"
          + " a charge")
  void refusals() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                DeliveryTerms.builder()
                    .meetingsForCompletion(-1)
                    .grantCondition(GrantCondition.ENROLMENT)
                    .build());
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                DeliveryTerms.builder()
                    .meetingsForCompletion(5)
                    .grantCondition(GrantCondition.ATTENDANCE)
                    .build());
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                DeliveryTerms.builder()
                    .meetingsForCompletion(5)
                    .grantCondition(GrantCondition.ATTENDANCE)
                    .chargePerMissedMeeting(Money.of(CurrencyUnit.EUR, 10))
                    .build());
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                DeliveryTerms.builder()
                    .meetingsForCompletion(5)
                    .grantCondition(GrantCondition.ATTENDANCE)
                    .chargePerMissedMeeting(Money.of(CurrencyUnit.GBP, -10))
                    .build());
  }
}
