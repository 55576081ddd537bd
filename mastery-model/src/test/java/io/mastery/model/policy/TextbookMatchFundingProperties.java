package io.mastery.model.policy;

import static io.mastery.model.testkit.Generators.oneOf;
import static io.mastery.model.testkit.MasteryGen.anyAcademicYear;
import static io.mastery.model.testkit.MasteryGen.phases;
import static io.mastery.model.testkit.MasteryGen.poundAmounts;
import static io.mastery.model.testkit.MasteryGen.programmeYears;
import static io.mastery.model.testkit.MasteryGen.streams;
import static io.mastery.model.testkit.MasteryGen.textbookMatchFundings;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import io.mastery.model.NullRejection;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.testkit.Area;
import io.mastery.model.testkit.MasteryExamples;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Textbook match funding")
class TextbookMatchFundingProperties {

  private static final TextbookMatchFunding STANDARD = MasteryExamples.TEXTBOOKS;

  private static Gen<Money> spends() {
    return oneOf(
        poundAmounts(),
        longs().between(0, Long.MAX_VALUE / 1000).map(p -> Money.ofMinor(CurrencyUnit.GBP, p)));
  }

  /** Any year, half of them within a few years of the standard window so that both sides show. */
  private static Gen<AcademicYear> anyYear() {
    return oneOf(anyAcademicYear(), integers().between(2012, 2023).map(AcademicYear::of));
  }

  @Nested
  @DisplayName(
      "of 2016/17 to 2019/20: half the spend, up to £2,000 per school, primary Development"
          + " only")
  class Standard {

    @Test
    @DisplayName(
        "applies to primary Development schools starting from 2016/17 to 2019/20, and no"
            + " other")
    void appliesOnlyToPrimaryDevelopmentFrom2016To2019() {
      qt().forAll(streams(), phases(), anyYear())
          .checkAssert(
              (stream, phase, year) -> {
                boolean expected =
                    stream == Stream.PRIMARY
                        && phase == Phase.DEVELOPMENT
                        && year.startYear() >= 2016
                        && year.startYear() <= 2019;
                assertThat(STANDARD.appliesTo(stream, phase, year)).isEqualTo(expected);
              });
    }

    @Test
    @DisplayName("does not apply within its window to another stream or another phase")
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

    @Test
    @DisplayName("is half the spend, up to £2,000")
    void isHalfTheSpendUpTo2000Pounds() {
      qt().forAll(spends())
          .checkAssert(
              spend -> {
                Money half = spend.dividedBy(2, RoundingMode.DOWN);
                Money cap = Money.parse("GBP 2000.00");
                assertThat(STANDARD.fundingFor(spend))
                    .isEqualTo(half.isGreaterThan(cap) ? cap : half);
              });
    }

    @Test
    @DisplayName("pays half of £3,000, and £2,000 of £4,000 or £5,000")
    void paysHalfOf3000And2000Of5000() {
      assertThat(STANDARD.fundingFor(Money.parse("GBP 3000"))).isEqualTo(Money.parse("GBP 1500"));
      assertThat(STANDARD.fundingFor(Money.parse("GBP 4000"))).isEqualTo(Money.parse("GBP 2000"));
      assertThat(STANDARD.fundingFor(Money.parse("GBP 5000"))).isEqualTo(Money.parse("GBP 2000"));
      assertThat(STANDARD.fundingFor(Money.parse("GBP 0.01"))).isEqualTo(Money.parse("GBP 0"));
    }

    @Test
    @DisplayName("lists the DfE-approved schemes")
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

  @Nested
  @DisplayName("of any edition")
  class AnyEdition {

    @Test
    @DisplayName("never exceeds the cap nor the share of the spend, nor falls below zero")
    void neverExceedsTheCapNorTheShareOfTheSpendNorFallsBelowZero() {
      qt(300)
          .forAll(textbookMatchFundings(), spends())
          .checkAssert(
              (funding, spend) -> {
                Money paid = funding.fundingFor(spend);
                assertThat(paid.isNegative()).isFalse();
                assertThat(paid.isGreaterThan(funding.capPerSchool())).isFalse();
                assertThat(paid.getAmount())
                    .isLessThanOrEqualTo(spend.getAmount().multiply(funding.share()));
              });
    }

    @Test
    @DisplayName("pays the share of the spend, rounded down, up to the cap")
    void paysTheShareOfTheSpendRoundedDownUpToTheCap() {
      qt(300)
          .forAll(textbookMatchFundings(), spends())
          .checkAssert(
              (funding, spend) -> {
                Money share = spend.multipliedBy(funding.share(), RoundingMode.DOWN);
                Money expected =
                    share.isGreaterThan(funding.capPerSchool()) ? funding.capPerSchool() : share;
                assertThat(funding.fundingFor(spend)).isEqualTo(expected);
              });
    }

    @Test
    @DisplayName("applies exactly within its streams, phases and window")
    void appliesExactlyWithinItsStreamsPhasesAndWindow() {
      qt(300)
          .forAll(textbookMatchFundings(), streams(), phases(), anyYear())
          .checkAssert(
              (funding, stream, phase, year) -> {
                boolean expected =
                    funding.streams().contains(stream)
                        && funding.phases().contains(phase)
                        && !year.isBefore(funding.firstYear())
                        && !year.isAfter(funding.lastYear());
                assertThat(funding.appliesTo(stream, phase, year)).isEqualTo(expected);
              });
    }

    @Test
    @DisplayName("refuses a negative spend, quoting it")
    void rejectsANegativeSpendQuotingIt() {
      qt().forAll(integers().between(1, Integer.MAX_VALUE))
          .checkAssert(
              pence -> {
                Money spend = Money.ofMinor(CurrencyUnit.GBP, -pence);
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> STANDARD.fundingFor(spend))
                    .withMessage("spend must not be negative: " + spend);
              });
    }

    @Test
    @DisplayName("refuses a spend in another currency, quoting it")
    void rejectsASpendInAnotherCurrencyQuotingIt() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> STANDARD.fundingFor(Money.parse("USD 100")))
          .withMessage("spend must be in GBP: USD 100.00");
    }
  }

  @Nested
  @DisplayName("is built")
  class Building {

    private TextbookMatchFunding.Builder standard() {
      return TextbookMatchFunding.builder().from(STANDARD);
    }

    @Test
    @DisplayName("cannot be built without its cap, share and window, and says which is missing")
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

    @Test
    @DisplayName("needs no stream, phase or scheme, and then applies to none")
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

    @Test
    @DisplayName("refuses a share not above 0 and at most 1, quoting it")
    void rejectsAShareNotAbove0AndAtMost1QuotingIt() {
      qt().forAll(badShares())
          .checkAssert(
              share ->
                  assertThatIllegalArgumentException()
                      .isThrownBy(() -> standard().share(share).build())
                      .withMessage("textbook share must be above 0 and at most 1: " + share));
    }

    @Test
    @DisplayName("accepts a share of exactly 1, the whole spend, and refuses a share of exactly 0")
    void acceptsAShareOf1AndRefusesAShareOf0() {
      assertThat(standard().share(BigDecimal.ONE).build().share()).isEqualByComparingTo("1");
      assertThat(standard().share(new BigDecimal("1.000")).build().share())
          .isEqualByComparingTo("1");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> standard().share(BigDecimal.ZERO).build())
          .withMessage("textbook share must be above 0 and at most 1: 0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> standard().share(new BigDecimal("1.001")).build())
          .withMessage("textbook share must be above 0 and at most 1: 1.001");
    }

    private static Gen<BigDecimal> badShares() {
      return oneOf(
          longs().between(Long.MIN_VALUE, 0).map(n -> BigDecimal.valueOf(n, 3)),
          longs().between(1001, Long.MAX_VALUE).map(n -> BigDecimal.valueOf(n, 3)));
    }

    @Test
    @DisplayName("refuses a negative cap, quoting it")
    void rejectsANegativeCapQuotingIt() {
      qt().forAll(integers().between(1, Integer.MAX_VALUE))
          .checkAssert(
              pence -> {
                Money cap = Money.ofMinor(CurrencyUnit.GBP, -pence);
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> standard().capPerSchool(cap).build())
                    .withMessage("textbook cap must not be negative: " + cap);
              });
    }

    @Test
    @DisplayName("refuses a cap in another currency")
    void rejectsACapInAnotherCurrency() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> standard().capPerSchool(Money.parse("EUR 2000")).build())
          .withMessage("textbook cap must be in GBP: EUR 2000.00");
    }

    @Test
    @DisplayName("refuses a window ending before it starts, quoting both years")
    void rejectsAWindowEndingBeforeItStartsQuotingBothYears() {
      qt().forAll(programmeYears(), integers().between(1, 10))
          .checkAssert(
              (first, yearsEarlier) -> {
                AcademicYear last = first.plusYears(-yearsEarlier);
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> standard().firstYear(first).lastYear(last).build())
                    .withMessage(
                        "textbook window must not end ("
                            + last
                            + ") before it starts ("
                            + first
                            + ")");
              });
    }
  }

  @Nested
  @DisplayName("as a value")
  class AsAValue {

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("is equal only with every attribute equal")
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

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("rejects nulls, naming the parameter")
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(TextbookMatchFunding.class, STANDARD);
      NullRejection.assertRejectsNulls(
          TextbookMatchFunding.Builder.class, TextbookMatchFunding.builder());
    }
  }

  @Test
  @DisplayName(
      "approves in a year its list for that year, or its one list when it has none by year, and"
          + " nothing outside its window")
  void approvesTheSchemesOfTheYear() {
    qt().forAll(
            io.mastery.model.testkit.MasteryGen.textbookMatchFundings(),
            io.mastery.model.testkit.MasteryGen.programmeYears())
        .checkAssert(
            (funding, year) -> {
              boolean inWindow = !year.isBefore(funding.firstYear()) && !year.isAfter(funding.lastYear());
              if (!inWindow) {
                assertThat(funding.approvedSchemesIn(year)).isEmpty();
              } else {
                assertThat(funding.approvedSchemesIn(year)).isEqualTo(funding.approvedSchemes());
                TextbookMatchFunding byYear =
                    TextbookMatchFunding.builder()
                        .from(funding)
                        .putApprovedSchemesByYear(year, "Scheme of " + year)
                        .build();
                assertThat(byYear.approvedSchemesIn(year)).containsExactly("Scheme of " + year);
              }
            });
  }

  @Test
  @DisplayName(
      "funds the own schools of the specialist cohorts it names, within its window only")
  void fundsTheSchoolsOfItsSpecialistCohorts() {
    qt().forAll(
            io.mastery.model.testkit.MasteryGen.textbookMatchFundings(),
            io.mastery.model.testkit.MasteryGen.cohorts(),
            io.mastery.model.testkit.MasteryGen.programmeYears())
        .checkAssert(
            (funding, cohort, year) -> {
              boolean inWindow = !year.isBefore(funding.firstYear()) && !year.isAfter(funding.lastYear());
              assertThat(funding.appliesToSpecialistSchool(cohort, year)).isFalse();
              TextbookMatchFunding withCohort =
                  TextbookMatchFunding.builder().from(funding).addSpecialistCohorts(cohort).build();
              assertThat(withCohort.appliesToSpecialistSchool(cohort, year)).isEqualTo(inWindow);
            });
  }
}
