package io.mastery.model.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.testing.EqualsTester;
import io.mastery.model.testkit.MasteryArbitraries;
import io.mastery.model.testkit.MasteryExamples;
import io.mastery.model.NullRejection;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

@Label("Textbook match funding")
class TextbookMatchFundingProperties {

  private static final TextbookMatchFunding STANDARD = MasteryExamples.TEXTBOOKS;

  @Provide
  Arbitrary<Money> spends() {
    return Arbitraries.oneOf(
        MasteryArbitraries.poundAmounts(),
        Arbitraries.longs()
            .between(0, Long.MAX_VALUE / 1000)
            .map(p -> Money.ofMinor(CurrencyUnit.GBP, p)));
  }

  /** Any year, half of them within a few years of the standard window so that both sides show. */
  @Provide
  Arbitrary<AcademicYear> anyYear() {
    return Arbitraries.oneOf(
        MasteryArbitraries.anyAcademicYear(),
        Arbitraries.integers().between(2012, 2023).map(AcademicYear::of));
  }

  @Group
  @Label("of 2016/17 to 2019/20: half the spend, up to £2,000 per school, primary Development only")
  class Standard {

    @Property
    @Label("applies to primary Development schools starting from 2016/17 to 2019/20, and no other")
    void appliesOnlyToPrimaryDevelopmentFrom2016To2019(
        @ForAll Stream stream, @ForAll Phase phase, @ForAll("anyYear") AcademicYear year) {
      boolean expected =
          stream == Stream.PRIMARY
              && phase == Phase.DEVELOPMENT
              && year.startYear() >= 2016
              && year.startYear() <= 2019;
      assertThat(STANDARD.appliesTo(stream, phase, year)).isEqualTo(expected);
    }

    @Example
    @Label("does not apply within its window to another stream or another phase")
    void doesNotApplyWithinItsWindowToAnotherStreamOrPhase() {
      AcademicYear year = AcademicYear.of(2017);
      assertThat(STANDARD.appliesTo(Stream.PRIMARY, Phase.DEVELOPMENT, year)).isTrue();
      for (Stream stream : Stream.values()) {
        for (Phase phase : Phase.values()) {
          boolean primaryDevelopment = stream == Stream.PRIMARY && phase == Phase.DEVELOPMENT;
          assertThat(STANDARD.appliesTo(stream, phase, year)).isEqualTo(primaryDevelopment);
        }
      }
    }

    @Property
    void isHalfTheSpendUpTo2000Pounds(@ForAll("spends") Money spend) {
      Money half = spend.dividedBy(2, RoundingMode.DOWN);
      Money cap = Money.parse("GBP 2000.00");
      assertThat(STANDARD.fundingFor(spend)).isEqualTo(half.isGreaterThan(cap) ? cap : half);
    }

    @Example
    void paysHalfOf3000And2000Of5000() {
      assertThat(STANDARD.fundingFor(Money.parse("GBP 3000"))).isEqualTo(Money.parse("GBP 1500"));
      assertThat(STANDARD.fundingFor(Money.parse("GBP 4000"))).isEqualTo(Money.parse("GBP 2000"));
      assertThat(STANDARD.fundingFor(Money.parse("GBP 5000"))).isEqualTo(Money.parse("GBP 2000"));
      assertThat(STANDARD.fundingFor(Money.parse("GBP 0.01"))).isEqualTo(Money.parse("GBP 0"));
    }

    @Example
    void listsTheDfeApprovedSchemes() {
      assertThat(STANDARD.approvedSchemes())
          .containsExactly(
              "Maths — No Problem!", "Power Maths Key Stage 1", "Power Maths Key Stage 2");
      assertThat(STANDARD.capPerSchool()).isEqualTo(Money.parse("GBP 2000"));
      assertThat(STANDARD.share()).isEqualByComparingTo("0.5");
      assertThat(STANDARD.firstYear()).hasToString("2016/17");
      assertThat(STANDARD.lastYear()).hasToString("2019/20");
    }
  }

  @Group
  @Label("of any edition")
  class AnyEdition {

    @Property(tries = 300)
    void neverExceedsTheCapNorTheShareOfTheSpendNorFallsBelowZero(
        @ForAll TextbookMatchFunding funding, @ForAll("spends") Money spend) {
      Money paid = funding.fundingFor(spend);
      assertThat(paid.isNegative()).isFalse();
      assertThat(paid.isGreaterThan(funding.capPerSchool())).isFalse();
      assertThat(paid.getAmount()).isLessThanOrEqualTo(spend.getAmount().multiply(funding.share()));
    }

    @Property(tries = 300)
    void paysTheShareOfTheSpendRoundedDownUpToTheCap(
        @ForAll TextbookMatchFunding funding, @ForAll("spends") Money spend) {
      Money share = spend.multipliedBy(funding.share(), RoundingMode.DOWN);
      Money expected = share.isGreaterThan(funding.capPerSchool()) ? funding.capPerSchool() : share;
      assertThat(funding.fundingFor(spend)).isEqualTo(expected);
    }

    @Property(tries = 300)
    void appliesExactlyWithinItsStreamsPhasesAndWindow(
        @ForAll TextbookMatchFunding funding,
        @ForAll Stream stream,
        @ForAll Phase phase,
        @ForAll("anyYear") AcademicYear year) {
      boolean expected =
          funding.streams().contains(stream)
              && funding.phases().contains(phase)
              && !year.isBefore(funding.firstYear())
              && !year.isAfter(funding.lastYear());
      assertThat(funding.appliesTo(stream, phase, year)).isEqualTo(expected);
    }

    @Property
    void rejectsANegativeSpendQuotingIt(@ForAll @IntRange(min = 1) int pence) {
      Money spend = Money.ofMinor(CurrencyUnit.GBP, -pence);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> STANDARD.fundingFor(spend))
          .withMessage("spend must not be negative: " + spend);
    }

    @Example
    void rejectsASpendInAnotherCurrencyQuotingIt() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> STANDARD.fundingFor(Money.parse("USD 100")))
          .withMessage("spend must be in GBP: USD 100.00");
    }
  }

  @Group
  @Label("is built")
  class Building {

    private TextbookMatchFunding.Builder standard() {
      return TextbookMatchFunding.builder().from(STANDARD);
    }

    @Example
    void cannotBeBuiltWithoutItsCapShareAndWindowAndSaysWhichIsMissing() {
      assertThatIllegalStateException()
          .isThrownBy(() -> TextbookMatchFunding.builder().build())
          .withMessageContaining("capPerSchool")
          .withMessageContaining("share")
          .withMessageContaining("firstYear")
          .withMessageContaining("lastYear");
      assertThatIllegalStateException()
          .isThrownBy(
              () ->
                  TextbookMatchFunding.builder()
                      .capPerSchool(STANDARD.capPerSchool())
                      .share(STANDARD.share())
                      .firstYear(STANDARD.firstYear())
                      .build())
          .withMessageEndingWith("[lastYear]");
    }

    @Example
    void needsNoStreamPhaseOrSchemeAndThenAppliesToNone() {
      TextbookMatchFunding none =
          TextbookMatchFunding.builder()
              .capPerSchool(STANDARD.capPerSchool())
              .share(STANDARD.share())
              .firstYear(STANDARD.firstYear())
              .lastYear(STANDARD.lastYear())
              .build();
      assertThat(none.appliesTo(Stream.PRIMARY, Phase.DEVELOPMENT, STANDARD.firstYear())).isFalse();
    }

    @Property
    void rejectsAShareNotAbove0AndAtMost1QuotingIt(@ForAll("badShares") BigDecimal share) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> standard().share(share).build())
          .withMessage("textbook share must be above 0 and at most 1: " + share);
    }

    @Provide
    Arbitrary<BigDecimal> badShares() {
      return Arbitraries.oneOf(
          Arbitraries.bigDecimals().lessOrEqual(BigDecimal.ZERO).ofScale(3),
          Arbitraries.bigDecimals().greaterThan(BigDecimal.ONE).ofScale(3));
    }

    @Property
    void rejectsANegativeCapQuotingIt(@ForAll @IntRange(min = 1) int pence) {
      Money cap = Money.ofMinor(CurrencyUnit.GBP, -pence);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> standard().capPerSchool(cap).build())
          .withMessage("textbook cap must not be negative: " + cap);
    }

    @Example
    void rejectsACapInAnotherCurrency() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> standard().capPerSchool(Money.parse("EUR 2000")).build())
          .withMessage("textbook cap must be in GBP: EUR 2000.00");
    }

    @Property
    void rejectsAWindowEndingBeforeItStartsQuotingBothYears(
        @ForAll AcademicYear first, @ForAll @IntRange(min = 1, max = 10) int yearsEarlier) {
      AcademicYear last = first.plusYears(-yearsEarlier);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> standard().firstYear(first).lastYear(last).build())
          .withMessage(
              "textbook window must not end (" + last + ") before it starts (" + first + ")");
    }
  }

  @Group
  @Label("as a value")
  class AsAValue {

    @Example
    void isEqualOnlyWithEveryAttributeEqual() {
      new EqualsTester()
          .addEqualityGroup(STANDARD, TextbookMatchFunding.builder().from(STANDARD).build())
          .addEqualityGroup(
              TextbookMatchFunding.builder()
                  .from(STANDARD)
                  .capPerSchool(Money.parse("GBP 1000"))
                  .build())
          .addEqualityGroup(
              TextbookMatchFunding.builder().from(STANDARD).share(new BigDecimal("0.25")).build())
          .addEqualityGroup(
              TextbookMatchFunding.builder().from(STANDARD).lastYear(AcademicYear.of(2020)).build())
          .addEqualityGroup(
              TextbookMatchFunding.builder().from(STANDARD).addStream(Stream.SECONDARY).build())
          .testEquals();
    }

    @Example
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(TextbookMatchFunding.class, STANDARD);
      NullRejection.assertRejectsNulls(
          TextbookMatchFunding.Builder.class, TextbookMatchFunding.builder());
    }
  }
}
