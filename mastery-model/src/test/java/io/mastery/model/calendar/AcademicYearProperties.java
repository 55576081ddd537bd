package io.mastery.model.calendar;

import java.util.stream.IntStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import io.mastery.model.testkit.MasteryArbitraries;
import io.mastery.model.NullRejection;
import io.mastery.model.SerialForms;
import java.io.InvalidObjectException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

@Label("An academic year")
class AcademicYearProperties {

  @Provide
  Arbitrary<AcademicYear> anyYear() {
    return MasteryArbitraries.anyAcademicYear();
  }

  @Provide
  Arbitrary<LocalDate> anyDate() {
    return MasteryArbitraries.datesInAnyAcademicYear();
  }

  @Group
  @Label("in its text form YYYY/YY")
  class TextForm {

    @Property
    void isReadBackByParse(@ForAll("anyYear") AcademicYear year) {
      assertThat(AcademicYear.parse(year.toString())).isEqualTo(year);
    }

    @Property
    void isTheStartYearASlashAndTheLastTwoDigitsOfTheNextYear(
        @ForAll("anyYear") AcademicYear year) {
      assertThat(year.toString())
          .isEqualTo(
              year.startYear()
                  + "/"
                  + String.format(Locale.ROOT, "%02d", (year.startYear() + 1) % 100));
    }

    @Example
    void of2019Is2019Slash20() {
      assertThat(AcademicYear.of(2019)).hasToString("2019/20");
      assertThat(AcademicYear.parse("2019/20").startYear()).isEqualTo(2019);
    }

    @Example
    void acrossACenturyEndsIn00() {
      assertThat(AcademicYear.of(2099)).hasToString("2099/00");
      assertThat(AcademicYear.parse("2099/00")).isEqualTo(AcademicYear.of(2099));
    }

    @Example
    @Label("uses ASCII digits whatever the default locale")
    void usesAsciiDigitsWhateverTheDefaultLocale() {
      Locale saved = Locale.getDefault();
      try {
        Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
        assertThat(AcademicYear.of(2019)).hasToString("2019/20");
        assertThat(AcademicYear.parse(AcademicYear.of(2019).toString()))
            .isEqualTo(AcademicYear.of(2019));
      } finally {
        Locale.setDefault(saved);
      }
    }

    @Property
    void rejectsASecondPartThatIsNotTheNextYear(
        @ForAll @IntRange(min = 1000, max = 9998) int start, @ForAll @IntRange(max = 99) int end) {
      String text = String.format(Locale.ROOT, "%04d/%02d", start, end);
      if (end == (start + 1) % 100) {
        assertThat(AcademicYear.parse(text).startYear()).isEqualTo(start);
      } else {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> AcademicYear.parse(text))
            .withMessageContaining("academic year")
            .withMessageContaining("\"" + text + "\"");
      }
    }

    @Example
    @Label("rejects 2019/21, 19/20, 2019-20 and 2019/2020, quoting the text")
    void rejectsMalformedText() {
      for (String text :
          new String[] {"2019/21", "19/20", "2019-20", "2019/2020", "", " 2019/20"}) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> AcademicYear.parse(text))
            .withMessageContaining("academic year")
            .withMessageContaining("\"" + text + "\"");
      }
    }

    @Property
    void rejectsTextNotOfTheFormYyyySlashYy(@ForAll("notYyyySlashYy") String text) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> AcademicYear.parse(text))
          .withMessageContaining("\"" + text + "\"");
    }

    @Provide
    Arbitrary<String> notYyyySlashYy() {
      return Arbitraries.strings()
          .withChars("0123456789/-. ")
          .withCharRange('a', 'z')
          .ofMaxLength(10)
          .filter(s -> !s.matches("\\d{4}/\\d{2}"));
    }

    @Example
    void rejectsTheYearsOutOfRange() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> AcademicYear.parse("0999/00"))
          .withMessageContaining("999");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> AcademicYear.parse("9999/00"))
          .withMessageContaining("9999");
    }
  }

  @Group
  @Label("by start year")
  class Range {

    @Property
    void acceptsEveryStartYearFrom1000To9998(
        @ForAll @IntRange(min = 1000, max = 9998) int startYear) {
      assertThat(AcademicYear.of(startYear).startYear()).isEqualTo(startYear);
    }

    @Property
    void rejectsEveryOtherStartYearQuotingIt(@ForAll("outOfRange") int startYear) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> AcademicYear.of(startYear))
          .withMessageContaining("academic year start")
          .withMessageContaining(String.valueOf(startYear));
    }

    @Provide
    Arbitrary<Integer> outOfRange() {
      return Arbitraries.oneOf(
          Arbitraries.integers().lessOrEqual(AcademicYear.MIN_START_YEAR - 1),
          Arbitraries.integers().greaterOrEqual(AcademicYear.MAX_START_YEAR + 1));
    }
  }

  @Group
  @Label("in the calendar")
  class Calendar {

    @Property
    void startsOnTheFirstOfSeptemberOfItsStartYear(@ForAll("anyYear") AcademicYear year) {
      assertThat(year.startDate()).isEqualTo(LocalDate.of(year.startYear(), Month.SEPTEMBER, 1));
    }

    @Property
    void endsOnTheThirtyFirstOfAugustOfTheNextYear(@ForAll("anyYear") AcademicYear year) {
      assertThat(year.endDate()).isEqualTo(LocalDate.of(year.startYear() + 1, Month.AUGUST, 31));
    }

    @Property
    void endsTheDayBeforeTheNextYearStarts(@ForAll("anyYear") AcademicYear year) {
      if (year.startYear() < AcademicYear.MAX_START_YEAR) {
        assertThat(year.endDate().plusDays(1)).isEqualTo(year.next().startDate());
      }
    }

    @Property
    void containingADateAgreesWithContains(
        @ForAll("anyDate") LocalDate date, @ForAll("anyYear") AcademicYear anyYear) {
      AcademicYear containing = AcademicYear.containing(date);
      assertThat(anyYear.contains(date)).isEqualTo(containing.equals(anyYear));
      for (int start = date.getYear() - 1; start <= date.getYear(); start++) {
        if (start >= AcademicYear.MIN_START_YEAR && start <= AcademicYear.MAX_START_YEAR) {
          AcademicYear candidate = AcademicYear.of(start);
          assertThat(candidate.contains(date)).isEqualTo(containing.equals(candidate));
        }
      }
    }

    @Property
    void theYearContainingADateContainsIt(@ForAll("anyDate") LocalDate date) {
      AcademicYear year = AcademicYear.containing(date);
      assertThat(year.contains(date)).isTrue();
      assertThat(date).isBetween(year.startDate(), year.endDate());
    }

    @Property
    void containsItsFirstAndLastDayButNotTheDaysAround(@ForAll("anyYear") AcademicYear year) {
      assertThat(year.contains(year.startDate())).isTrue();
      assertThat(year.contains(year.endDate())).isTrue();
      assertThat(year.contains(year.startDate().minusDays(1))).isFalse();
      assertThat(year.contains(year.endDate().plusDays(1))).isFalse();
      assertThat(AcademicYear.containing(year.startDate())).isEqualTo(year);
      assertThat(AcademicYear.containing(year.endDate())).isEqualTo(year);
    }

    @Property
    void rejectsADateOutsideEveryYearItAccepts(@ForAll("datesOutside") LocalDate date) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> AcademicYear.containing(date))
          .withMessageContaining(date.toString());
    }

    @Provide
    Arbitrary<LocalDate> datesOutside() {
      LocalDate first = AcademicYear.of(AcademicYear.MIN_START_YEAR).startDate();
      LocalDate last = AcademicYear.of(AcademicYear.MAX_START_YEAR).endDate();
      return Arbitraries.oneOf(
          Arbitraries.longs()
              .between(LocalDate.MIN.toEpochDay(), first.toEpochDay() - 1)
              .map(LocalDate::ofEpochDay),
          Arbitraries.longs()
              .between(last.toEpochDay() + 1, LocalDate.MAX.toEpochDay())
              .map(LocalDate::ofEpochDay));
    }

    @Example
    @Label("2019/20 runs from 2019-09-01 to 2020-08-31")
    void year2019Slash20RunsFromSeptember2019ToAugust2020() {
      AcademicYear year = AcademicYear.parse("2019/20");
      assertThat(year.startDate()).isEqualTo(LocalDate.of(2019, 9, 1));
      assertThat(year.endDate()).isEqualTo(LocalDate.of(2020, 8, 31));
      assertThat(AcademicYear.containing(LocalDate.of(2019, 8, 31))).hasToString("2018/19");
      assertThat(AcademicYear.containing(LocalDate.of(2020, 2, 29))).hasToString("2019/20");
    }

    @Property
    void hasSixHalfTermsInOrderAndThreeTerms(@ForAll("anyYear") AcademicYear year) {
      assertThat(year.halfTerms())
          .containsExactly(
              HalfTerm.AUTUMN_1,
              HalfTerm.AUTUMN_2,
              HalfTerm.SPRING_1,
              HalfTerm.SPRING_2,
              HalfTerm.SUMMER_1,
              HalfTerm.SUMMER_2);
      assertThat(year.terms()).containsExactly(Term.AUTUMN, Term.SPRING, Term.SUMMER);
    }

    @Example
    @Label("2019/20 has six half-terms")
    void year2019Slash20HasSixHalfTerms() {
      assertThat(AcademicYear.parse("2019/20").halfTerms()).hasSize(6);
    }
  }

  @Group
  @Label("in sequence")
  class Sequence {

    @Property
    void nextAndPreviousAreInverse(@ForAll("anyYear") AcademicYear year) {
      if (year.startYear() < AcademicYear.MAX_START_YEAR) {
        assertThat(year.next().previous()).isEqualTo(year);
        assertThat(year.next().startYear()).isEqualTo(year.startYear() + 1);
      }
      if (year.startYear() > AcademicYear.MIN_START_YEAR) {
        assertThat(year.previous().next()).isEqualTo(year);
        assertThat(year.previous().startYear()).isEqualTo(year.startYear() - 1);
      }
    }

    @Example
    void hasNoYearAfterTheLastNorBeforeTheFirst() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> AcademicYear.of(AcademicYear.MAX_START_YEAR).next())
          .withMessageContaining("9998/99");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> AcademicYear.of(AcademicYear.MIN_START_YEAR).previous())
          .withMessageContaining("1000/01");
    }

    @Property
    void plusYearsAddsToTheStartYearOrRejectsTheResultOutOfRange(
        @ForAll("anyYear") AcademicYear year, @ForAll("yearsToAdd") long years) {
      long start = year.startYear() + years;
      if (start >= AcademicYear.MIN_START_YEAR && start <= AcademicYear.MAX_START_YEAR) {
        assertThat(year.plusYears(years)).isEqualTo(AcademicYear.of((int) start));
        assertThat(year.yearsUntil(year.plusYears(years))).isEqualTo(years);
      } else {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> year.plusYears(years))
            .withMessageContaining(year.toString())
            .withMessageContaining(String.valueOf(years));
      }
    }

    @Provide
    Arbitrary<Long> yearsToAdd() {
      return Arbitraries.oneOf(Arbitraries.longs().between(-10_000, 10_000), Arbitraries.longs());
    }

    @Property
    void orderIsTheOrderOfStartYears(
        @ForAll("anyYear") AcademicYear a, @ForAll("anyYear") AcademicYear b) {
      assertThat(Integer.signum(a.compareTo(b)))
          .isEqualTo(Integer.signum(Integer.compare(a.startYear(), b.startYear())));
      assertThat(a.isBefore(b)).isEqualTo(a.startYear() < b.startYear());
      assertThat(a.isAfter(b)).isEqualTo(a.startYear() > b.startYear());
      assertThat(a.yearsUntil(b)).isEqualTo(b.startYear() - a.startYear());
    }

    @Property
    void orderIsConsistentWithEquals(
        @ForAll("anyYear") AcademicYear a, @ForAll("anyYear") AcademicYear b) {
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    }

    @Property
    void isEqualWithTheSameHashCodeWhenObtainedTwice(
        @ForAll @IntRange(min = 1000, max = 9998) int start) {
      AcademicYear a = AcademicYear.of(start);
      AcademicYear b = AcademicYear.of(start);
      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
      assertThat(a.compareTo(b)).isZero();
    }
  }

  @Group
  @Label("as a value")
  class AsAValue {

    @Example
    void isEqualOnlyToTheSameStartYear() {
      new EqualsTester()
          .addEqualityGroup(
              AcademicYear.of(2019), AcademicYear.parse("2019/20"), AcademicYear.of(2018).next())
          .addEqualityGroup(
              AcademicYear.of(2020), AcademicYear.containing(LocalDate.of(2021, 1, 1)))
          .addEqualityGroup(AcademicYear.of(1000))
          .testEquals();
    }

    @Example
    @Label("a forged serialized form is rejected as the factory would reject it")
    void rejectsAForgedSerializedForm() {
      assertThatThrownBy(
              () ->
                  SerialForms.forge(
                      AcademicYear.of(2019),
                      SerialForms.intBytes(2019),
                      SerialForms.intBytes(99999)))
          .isInstanceOf(InvalidObjectException.class)
          .hasMessage("academic year start must be from 1000 to 9998: 99999");
    }

    @Property(tries = 100)
    void survivesSerialization(@ForAll("anyYear") AcademicYear year) {
      assertThat(SerializableTester.reserializeAndAssert(year)).isEqualTo(year);
    }

    @Example
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(AcademicYear.class, AcademicYear.of(2019));
    }

    @Property
    void isZeroYearsFromItselfAndPlusZeroIsItself(@ForAll("anyYear") AcademicYear year) {
      assertThat(year.yearsUntil(year)).isZero();
      assertThat(year.plusYears(0)).isSameAs(year);
    }
  }

  @Example
  @Label("rejects a year that ends in the wrong year, naming the year it should end in")
  void rejectsAWrongEndNamingTheRightOne() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AcademicYear.parse("2023/25"))
        .withMessage("academic year must end in the year after it starts (2023/24): \"2023/25\"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AcademicYear.parse("2099/99"))
        .withMessage("academic year must end in the year after it starts (2099/00): \"2099/99\"");
  }

  @Example
  @Label("spreads distinct years over distinct hash codes")
  void spreadsDistinctYearsOverDistinctHashCodes() {
    assertThat(IntStream.rangeClosed(2010, 2030).mapToObj(y -> AcademicYear.of(y).hashCode()).distinct())
        .hasSize(21);
  }
}
