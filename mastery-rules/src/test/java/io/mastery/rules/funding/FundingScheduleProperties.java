package io.mastery.rules.funding;

import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.testkit.Area;
import io.mastery.model.testkit.MasteryGen;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Funding (DOMAIN.md §5), as properties and examples. */
@DisplayName("Funding")
class FundingScheduleProperties {

  static final Money GBP_1000 = Money.parse("GBP 1000.00");
  static final Money GBP_2000 = Money.parse("GBP 2000.00");

  private static Gen<ProgrammePolicy> editions() {
    return MasteryGen.standardEditions();
  }

  private static Gen<AcademicYear> years() {
    return MasteryGen.programmeYears();
  }

  @Nested
  @DisplayName(
      "An entitlement is the edition's release grant and, where it applies, the textbook cap")
  class Entitlements {

    @Test
    @DisplayName("the release grant is the edition's grant for the stream and phase")
    void theReleaseGrantIsTheEditions() {
      qt().forAll(editions(), MasteryGen.streams(), MasteryGen.phases(), years())
          .checkAssert(
              (policy, stream, phase, year) -> {
                Entitlement e = FundingSchedule.of(policy).entitlement(stream, phase, year);
                assertThat(e.releaseGrant())
                    .isEqualTo(policy.phaseRules(stream, phase).flatMap(PhaseRules::releaseGrant));
                assertThat(e.stream()).isEqualTo(stream);
                assertThat(e.phase()).isEqualTo(phase);
                assertThat(e.academicYear()).isEqualTo(year);
              });
    }

    @Test
    @DisplayName("the textbook cap is given exactly when the match funding applies")
    void theTextbookCapIsGivenExactlyWhenItApplies() {
      qt().forAll(editions(), MasteryGen.streams(), MasteryGen.phases(), years())
          .checkAssert(
              (policy, stream, phase, year) -> {
                Optional<Money> cap =
                    FundingSchedule.of(policy).textbookMatchCap(stream, phase, year);
                boolean applies =
                    policy
                        .textbookMatchFunding()
                        .map(t -> t.appliesTo(stream, phase, year))
                        .orElse(false);
                assertThat(cap.isPresent()).isEqualTo(applies);
                cap.ifPresent(
                    c ->
                        assertThat(c)
                            .isEqualTo(policy.textbookMatchFunding().orElseThrow().capPerSchool()));
              });
    }

    @Test
    @DisplayName("the total is the grant plus the cap, in GBP")
    void theTotalIsTheSum() {
      qt().forAll(editions(), MasteryGen.streams(), MasteryGen.phases(), years())
          .checkAssert(
              (policy, stream, phase, year) -> {
                Entitlement e = FundingSchedule.of(policy).entitlement(stream, phase, year);
                Money zero = Money.zero(CurrencyUnit.GBP);
                assertThat(e.total())
                    .isEqualTo(
                        e.releaseGrant().orElse(zero).plus(e.textbookMatchCap().orElse(zero)));
                assertThat(e.isEmpty())
                    .isEqualTo(e.releaseGrant().isEmpty() && e.textbookMatchCap().isEmpty());
              });
    }
  }

  @Nested
  @DisplayName("The standard editions")
  class StandardEditions {

    @Test
    @DisplayName("primary Development 2019/20: £1,000 release grant and the £2,000 textbook cap")
    void primaryDevelopment2019() {
      Entitlement e =
          FundingSchedule.forYear(AcademicYear.of(2019))
              .entitlement(Stream.PRIMARY, Phase.DEVELOPMENT, AcademicYear.of(2019));
      assertThat(e.releaseGrant()).hasValue(GBP_1000);
      assertThat(e.textbookMatchCap()).hasValue(GBP_2000);
      assertThat(e.total()).isEqualTo(Money.parse("GBP 3000.00"));
    }

    @Test
    @DisplayName("primary Development 2020/21: the textbook window (2016/17 to 2019/20) has closed")
    void primaryDevelopment2020() {
      Entitlement e =
          FundingSchedule.forYear(AcademicYear.of(2020))
              .entitlement(Stream.PRIMARY, Phase.DEVELOPMENT, AcademicYear.of(2020));
      assertThat(e.releaseGrant()).hasValue(GBP_1000);
      assertThat(e.textbookMatchCap()).isEmpty();
    }

    @Test
    @DisplayName("secondary Development 2024/25: the £2,000 participation grant; Embedding £1,000")
    void secondary2024() {
      FundingSchedule schedule = FundingSchedule.forYear(AcademicYear.of(2024));
      assertThat(schedule.releaseGrant(Stream.SECONDARY, Phase.DEVELOPMENT)).hasValue(GBP_2000);
      assertThat(schedule.releaseGrant(Stream.SECONDARY, Phase.EMBEDDING)).hasValue(GBP_1000);
    }

    @Test
    @DisplayName("Sustaining, and phases not offered, carry nothing")
    void nothing() {
      FundingSchedule schedule = FundingSchedule.forYear(AcademicYear.of(2019));
      assertThat(
              schedule.entitlement(Stream.PRIMARY, Phase.SUSTAINING, AcademicYear.of(2019)).isEmpty())
          .isTrue();
      assertThat(schedule.entitlement(Stream.FE, Phase.DEVELOPMENT, AcademicYear.of(2019)).isEmpty())
          .isTrue();
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("schedules and entitlements are equal by value")
    void equality() {
      FundingSchedule s2019 = FundingSchedule.forYear(AcademicYear.of(2019));
      new EqualsTester()
          .addEqualityGroup(s2019, FundingSchedule.of(ProgrammePolicy.forYear(AcademicYear.of(2019))))
          .addEqualityGroup(FundingSchedule.forYear(AcademicYear.of(2015)))
          .addEqualityGroup(FundingSchedule.forYear(AcademicYear.of(2024)))
          .testEquals();
      new EqualsTester()
          .addEqualityGroup(
              s2019.entitlement(Stream.PRIMARY, Phase.DEVELOPMENT, AcademicYear.of(2019)),
              s2019.entitlement(Stream.PRIMARY, Phase.DEVELOPMENT, AcademicYear.of(2019)))
          .addEqualityGroup(s2019.entitlement(Stream.PRIMARY, Phase.DEVELOPMENT, AcademicYear.of(2018)))
          .addEqualityGroup(s2019.entitlement(Stream.PRIMARY, Phase.EMBEDDING, AcademicYear.of(2019)))
          .addEqualityGroup(s2019.entitlement(Stream.SECONDARY, Phase.DEVELOPMENT, AcademicYear.of(2019)))
          .testEquals();
      assertThat(s2019.policy().edition()).isEqualTo("2019/20");
    }
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("describes itself by its edition, and hashes other editions apart")
  void describesItselfByItsEditionAndHashesOtherEditionsApart() {
    FundingSchedule of2019 = FundingSchedule.forYear(AcademicYear.of(2019));
    FundingSchedule other =
        FundingSchedule.of(
            ProgrammePolicy.builder().from(of2019.policy()).edition("local").build());
    assertThat(of2019).hasToString("FundingSchedule{edition 2019/20}");
    assertThat(other).hasToString("FundingSchedule{edition local}");
    assertThat(of2019.hashCode()).isNotEqualTo(other.hashCode());
  }
}
