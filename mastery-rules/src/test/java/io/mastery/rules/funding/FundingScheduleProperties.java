package io.mastery.rules.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.mastery.model.testkit.MasteryArbitraries;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Funding (DOMAIN.md §5), as properties and examples. */
@Label("Funding")
class FundingScheduleProperties {

  static final Money GBP_1000 = Money.parse("GBP 1000.00");
  static final Money GBP_2000 = Money.parse("GBP 2000.00");

  @Provide
  Arbitrary<ProgrammePolicy> editions() {
    return MasteryArbitraries.standardEditions();
  }

  @Provide
  Arbitrary<AcademicYear> years() {
    return MasteryArbitraries.programmeYears();
  }

  @Group
  @Label("An entitlement is the edition's release grant and, where it applies, the textbook cap")
  class Entitlements {

    @Property
    @Label("the release grant is the edition's grant for the stream and phase")
    void theReleaseGrantIsTheEditions(
        @ForAll("editions") ProgrammePolicy policy,
        @ForAll Stream stream,
        @ForAll Phase phase,
        @ForAll("years") AcademicYear year) {
      Entitlement e = FundingSchedule.of(policy).entitlement(stream, phase, year);
      assertThat(e.releaseGrant())
          .isEqualTo(policy.phaseRules(stream, phase).flatMap(PhaseRules::releaseGrant));
      assertThat(e.stream()).isEqualTo(stream);
      assertThat(e.phase()).isEqualTo(phase);
      assertThat(e.academicYear()).isEqualTo(year);
    }

    @Property
    @Label("the textbook cap is given exactly when the match funding applies")
    void theTextbookCapIsGivenExactlyWhenItApplies(
        @ForAll("editions") ProgrammePolicy policy,
        @ForAll Stream stream,
        @ForAll Phase phase,
        @ForAll("years") AcademicYear year) {
      Optional<Money> cap = FundingSchedule.of(policy).textbookMatchCap(stream, phase, year);
      boolean applies =
          policy.textbookMatchFunding().map(t -> t.appliesTo(stream, phase, year)).orElse(false);
      assertThat(cap.isPresent()).isEqualTo(applies);
      cap.ifPresent(
          c -> assertThat(c).isEqualTo(policy.textbookMatchFunding().orElseThrow().capPerSchool()));
    }

    @Property
    @Label("the total is the grant plus the cap, in GBP")
    void theTotalIsTheSum(
        @ForAll("editions") ProgrammePolicy policy,
        @ForAll Stream stream,
        @ForAll Phase phase,
        @ForAll("years") AcademicYear year) {
      Entitlement e = FundingSchedule.of(policy).entitlement(stream, phase, year);
      Money zero = Money.zero(CurrencyUnit.GBP);
      assertThat(e.total())
          .isEqualTo(e.releaseGrant().orElse(zero).plus(e.textbookMatchCap().orElse(zero)));
      assertThat(e.isEmpty())
          .isEqualTo(e.releaseGrant().isEmpty() && e.textbookMatchCap().isEmpty());
    }
  }

  @Group
  @Label("The standard editions")
  class StandardEditions {

    @Example
    @Label("primary Development 2019/20: £1,000 release grant and the £2,000 textbook cap")
    void primaryDevelopment2019() {
      Entitlement e =
          FundingSchedule.forYear(AcademicYear.of(2019))
              .entitlement(Stream.PRIMARY, Phase.DEVELOPMENT, AcademicYear.of(2019));
      assertThat(e.releaseGrant()).hasValue(GBP_1000);
      assertThat(e.textbookMatchCap()).hasValue(GBP_2000);
      assertThat(e.total()).isEqualTo(Money.parse("GBP 3000.00"));
    }

    @Example
    @Label("primary Development 2020/21: the textbook window (2016/17 to 2019/20) has closed")
    void primaryDevelopment2020() {
      Entitlement e =
          FundingSchedule.forYear(AcademicYear.of(2020))
              .entitlement(Stream.PRIMARY, Phase.DEVELOPMENT, AcademicYear.of(2020));
      assertThat(e.releaseGrant()).hasValue(GBP_1000);
      assertThat(e.textbookMatchCap()).isEmpty();
    }

    @Example
    @Label("secondary Development 2024/25: the £2,000 participation grant; Embedding £1,000")
    void secondary2024() {
      FundingSchedule schedule = FundingSchedule.forYear(AcademicYear.of(2024));
      assertThat(schedule.releaseGrant(Stream.SECONDARY, Phase.DEVELOPMENT)).hasValue(GBP_2000);
      assertThat(schedule.releaseGrant(Stream.SECONDARY, Phase.EMBEDDING)).hasValue(GBP_1000);
    }

    @Example
    @Label("Sustaining, and phases not offered, carry nothing")
    void nothing() {
      FundingSchedule schedule = FundingSchedule.forYear(AcademicYear.of(2019));
      assertThat(
              schedule.entitlement(Stream.PRIMARY, Phase.SUSTAINING, AcademicYear.of(2019)).isEmpty())
          .isTrue();
      assertThat(schedule.entitlement(Stream.FE, Phase.DEVELOPMENT, AcademicYear.of(2019)).isEmpty())
          .isTrue();
    }

    @Example
    @Label("schedules and entitlements are equal by value")
    void equality() {
      FundingSchedule s2019 = FundingSchedule.forYear(AcademicYear.of(2019));
      new EqualsTester()
          .addEqualityGroup(s2019, FundingSchedule.of(ProgrammePolicy.forYear(AcademicYear.of(2015))))
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

  @Example
  @Label("describes itself by its edition, and hashes other editions apart")
  void describesItselfByItsEditionAndHashesOtherEditionsApart() {
    FundingSchedule of2019 = FundingSchedule.forYear(AcademicYear.of(2019));
    FundingSchedule other =
        FundingSchedule.of(ProgrammePolicy.builder().from(of2019.policy()).edition("local").build());
    assertThat(of2019).hasToString("FundingSchedule{edition 2019/20}");
    assertThat(other).hasToString("FundingSchedule{edition local}");
    assertThat(of2019.hashCode()).isNotEqualTo(other.hashCode());
  }
}
