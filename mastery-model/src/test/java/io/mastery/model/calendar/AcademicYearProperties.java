package io.mastery.model.calendar;

import static io.mastery.model.testkit.Generators.anyLongs;
import static io.mastery.model.testkit.Generators.intsAtLeast;
import static io.mastery.model.testkit.Generators.intsAtMost;
import static io.mastery.model.testkit.Generators.oneOf;
import static io.mastery.model.testkit.Generators.stringsOf;
import static io.mastery.model.testkit.MasteryGen.anyAcademicYear;
import static io.mastery.model.testkit.MasteryGen.datesInAnyAcademicYear;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import io.mastery.model.NullRejection;
import io.mastery.model.SerialForms;
import io.mastery.model.testkit.Area;
import java.io.InvalidObjectException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("An academic year")
class AcademicYearProperties {

  private static Gen<AcademicYear> anyYear() {
    return anyAcademicYear();
  }

  private static Gen<LocalDate> anyDate() {
    return datesInAnyAcademicYear();
  }

  @Nested
  @DisplayName("in its text form YYYY/YY")
  class TextForm {

    @Test
    @DisplayName("is read back by parsing it")
    void isReadBackByParse() {
      qt().forAll(anyYear())
          .checkAssert(year -> assertThat(AcademicYear.parse(year.toString())).isEqualTo(year));
    }

    @Test
    @DisplayName("is the start year, a slash and the last two digits of the next year")
    void isTheStartYearASlashAndTheLastTwoDigitsOfTheNextYear() {
      qt().forAll(anyYear())
          .checkAssert(
              year ->
                  assertThat(year.toString())
                      .isEqualTo(
                          year.startYear()
                              + "/"
                              + String.format(Locale.ROOT, "%02d", (year.startYear() + 1) % 100)));
    }

    @Test
    @DisplayName("of 2019 is 2019/20")
    void of2019Is2019Slash20() {
      assertThat(AcademicYear.of(2019)).hasToString("2019/20");
      assertThat(AcademicYear.parse("2019/20").startYear()).isEqualTo(2019);
    }

    @Test
    @DisplayName("across a century ends in 00")
    void acrossACenturyEndsIn00() {
      assertThat(AcademicYear.of(2099)).hasToString("2099/00");
      assertThat(AcademicYear.parse("2099/00")).isEqualTo(AcademicYear.of(2099));
    }

    @Test
    @DisplayName("uses ASCII digits whatever the default locale")
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

    @Test
    @DisplayName("refuses a second part that is not the next year, quoting the text")
    void rejectsASecondPartThatIsNotTheNextYear() {
      qt().forAll(integers().between(1000, 9998), integers().between(0, 99))
          .checkAssert(
              (start, end) -> {
                String text = String.format(Locale.ROOT, "%04d/%02d", start, end);
                if (end == (start + 1) % 100) {
                  assertThat(AcademicYear.parse(text).startYear()).isEqualTo(start);
                } else {
                  assertThatIllegalArgumentException()
                      .isThrownBy(() -> AcademicYear.parse(text))
                      .withMessageContaining("academic year")
                      .withMessageContaining("\"" + text + "\"");
                }
              });
    }

    @Test
    @DisplayName("rejects 2019/21, 19/20, 2019-20 and 2019/2020, quoting the text")
    void rejectsMalformedText() {
      for (String text :
          new String[] {"2019/21", "19/20", "2019-20", "2019/2020", "", " 2019/20"}) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> AcademicYear.parse(text))
            .withMessageContaining("academic year")
            .withMessageContaining("\"" + text + "\"");
      }
    }

    @Test
    @DisplayName("refuses text not of the form YYYY/YY, quoting it")
    void rejectsTextNotOfTheFormYyyySlashYy() {
      qt().forAll(notYyyySlashYy())
          .checkAssert(
              text ->
                  assertThatIllegalArgumentException()
                      .isThrownBy(() -> AcademicYear.parse(text))
                      .withMessageContaining("\"" + text + "\""));
    }

    private static Gen<String> notYyyySlashYy() {
      return stringsOf("0123456789/-. abcdefghijklmnopqrstuvwxyz", 0, 10)
          .assuming(s -> !s.matches("\\d{4}/\\d{2}"));
    }

    @Test
    @DisplayName("refuses the years out of range, quoting them")
    void rejectsTheYearsOutOfRange() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> AcademicYear.parse("0999/00"))
          .withMessageContaining("999");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> AcademicYear.parse("9999/00"))
          .withMessageContaining("9999");
    }
  }

  @Nested
  @DisplayName("by start year")
  class Range {

    @Test
    @DisplayName("accepts every start year from 1000 to 9998")
    void acceptsEveryStartYearFrom1000To9998() {
      qt().forAll(integers().between(1000, 9998))
          .checkAssert(
              startYear -> assertThat(AcademicYear.of(startYear).startYear()).isEqualTo(startYear));
    }

    @Test
    @DisplayName("refuses every other start year, quoting it")
    void rejectsEveryOtherStartYearQuotingIt() {
      qt().forAll(outOfRange())
          .checkAssert(
              startYear ->
                  assertThatIllegalArgumentException()
                      .isThrownBy(() -> AcademicYear.of(startYear))
                      .withMessageContaining("academic year start")
                      .withMessageContaining(String.valueOf(startYear)));
    }

    private static Gen<Integer> outOfRange() {
      return oneOf(
          intsAtMost(AcademicYear.MIN_START_YEAR - 1),
          intsAtLeast(AcademicYear.MAX_START_YEAR + 1));
    }
  }

  @Nested
  @DisplayName("in the calendar")
  class Calendar {

    @Test
    @DisplayName("starts on the first of September of its start year")
    void startsOnTheFirstOfSeptemberOfItsStartYear() {
      qt().forAll(anyYear())
          .checkAssert(
              year ->
                  assertThat(year.startDate())
                      .isEqualTo(LocalDate.of(year.startYear(), Month.SEPTEMBER, 1)));
    }

    @Test
    @DisplayName("ends on the thirty-first of August of the next year")
    void endsOnTheThirtyFirstOfAugustOfTheNextYear() {
      qt().forAll(anyYear())
          .checkAssert(
              year ->
                  assertThat(year.endDate())
                      .isEqualTo(LocalDate.of(year.startYear() + 1, Month.AUGUST, 31)));
    }

    @Test
    @DisplayName("ends the day before the next year starts")
    void endsTheDayBeforeTheNextYearStarts() {
      qt().forAll(anyYear())
          .checkAssert(
              year -> {
                if (year.startYear() < AcademicYear.MAX_START_YEAR) {
                  assertThat(year.endDate().plusDays(1)).isEqualTo(year.next().startDate());
                }
              });
    }

    @Test
    @DisplayName("containing a date is the one year that contains it")
    void containingADateAgreesWithContains() {
      qt().forAll(anyDate(), anyYear())
          .checkAssert(
              (date, anyYear) -> {
                AcademicYear containing = AcademicYear.containing(date);
                assertThat(anyYear.contains(date)).isEqualTo(containing.equals(anyYear));
                for (int start = date.getYear() - 1; start <= date.getYear(); start++) {
                  if (start >= AcademicYear.MIN_START_YEAR
                      && start <= AcademicYear.MAX_START_YEAR) {
                    AcademicYear candidate = AcademicYear.of(start);
                    assertThat(candidate.contains(date)).isEqualTo(containing.equals(candidate));
                  }
                }
              });
    }

    @Test
    @DisplayName("containing a date contains it, between its first and last day")
    void theYearContainingADateContainsIt() {
      qt().forAll(anyDate())
          .checkAssert(
              date -> {
                AcademicYear year = AcademicYear.containing(date);
                assertThat(year.contains(date)).isTrue();
                assertThat(date).isBetween(year.startDate(), year.endDate());
              });
    }

    @Test
    @DisplayName("contains its first and last day but not the days around")
    void containsItsFirstAndLastDayButNotTheDaysAround() {
      qt().forAll(anyYear())
          .checkAssert(
              year -> {
                assertThat(year.contains(year.startDate())).isTrue();
                assertThat(year.contains(year.endDate())).isTrue();
                assertThat(year.contains(year.startDate().minusDays(1))).isFalse();
                assertThat(year.contains(year.endDate().plusDays(1))).isFalse();
                assertThat(AcademicYear.containing(year.startDate())).isEqualTo(year);
                assertThat(AcademicYear.containing(year.endDate())).isEqualTo(year);
              });
    }

    @Test
    @DisplayName("is not found for a date outside every year it accepts, and the date is quoted")
    void rejectsADateOutsideEveryYearItAccepts() {
      qt().forAll(datesOutside())
          .checkAssert(
              date ->
                  assertThatIllegalArgumentException()
                      .isThrownBy(() -> AcademicYear.containing(date))
                      .withMessageContaining(date.toString()));
    }

    private static Gen<LocalDate> datesOutside() {
      LocalDate first = AcademicYear.of(AcademicYear.MIN_START_YEAR).startDate();
      LocalDate last = AcademicYear.of(AcademicYear.MAX_START_YEAR).endDate();
      return oneOf(
          longs()
              .between(LocalDate.MIN.toEpochDay(), first.toEpochDay() - 1)
              .map(LocalDate::ofEpochDay),
          longs()
              .between(last.toEpochDay() + 1, LocalDate.MAX.toEpochDay())
              .map(LocalDate::ofEpochDay));
    }

    @Test
    @DisplayName("2019/20 runs from 2019-09-01 to 2020-08-31")
    void year2019Slash20RunsFromSeptember2019ToAugust2020() {
      AcademicYear year = AcademicYear.parse("2019/20");
      assertThat(year.startDate()).isEqualTo(LocalDate.of(2019, 9, 1));
      assertThat(year.endDate()).isEqualTo(LocalDate.of(2020, 8, 31));
      assertThat(AcademicYear.containing(LocalDate.of(2019, 8, 31))).hasToString("2018/19");
      assertThat(AcademicYear.containing(LocalDate.of(2020, 2, 29))).hasToString("2019/20");
    }

    @Test
    @DisplayName("has six half-terms in order, and three terms")
    void hasSixHalfTermsInOrderAndThreeTerms() {
      qt().forAll(anyYear())
          .checkAssert(
              year -> {
                assertThat(year.halfTerms())
                    .containsExactly(
                        HalfTerm.AUTUMN_1,
                        HalfTerm.AUTUMN_2,
                        HalfTerm.SPRING_1,
                        HalfTerm.SPRING_2,
                        HalfTerm.SUMMER_1,
                        HalfTerm.SUMMER_2);
                assertThat(year.terms()).containsExactly(Term.AUTUMN, Term.SPRING, Term.SUMMER);
              });
    }

    @Test
    @DisplayName("2019/20 has six half-terms")
    void year2019Slash20HasSixHalfTerms() {
      assertThat(AcademicYear.parse("2019/20").halfTerms()).hasSize(6);
    }
  }

  @Nested
  @DisplayName("in sequence")
  class Sequence {

    @Test
    @DisplayName("the next year and the previous year lead back to the year")
    void nextAndPreviousAreInverse() {
      qt().forAll(anyYear())
          .checkAssert(
              year -> {
                if (year.startYear() < AcademicYear.MAX_START_YEAR) {
                  assertThat(year.next().previous()).isEqualTo(year);
                  assertThat(year.next().startYear()).isEqualTo(year.startYear() + 1);
                }
                if (year.startYear() > AcademicYear.MIN_START_YEAR) {
                  assertThat(year.previous().next()).isEqualTo(year);
                  assertThat(year.previous().startYear()).isEqualTo(year.startYear() - 1);
                }
              });
    }

    @Test
    @DisplayName("has no year after the last nor before the first")
    void hasNoYearAfterTheLastNorBeforeTheFirst() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> AcademicYear.of(AcademicYear.MAX_START_YEAR).next())
          .withMessageContaining("9998/99");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> AcademicYear.of(AcademicYear.MIN_START_YEAR).previous())
          .withMessageContaining("1000/01");
    }

    @Test
    @DisplayName("a number of years later adds to the start year, or is refused out of range")
    void plusYearsAddsToTheStartYearOrRejectsTheResultOutOfRange() {
      qt().forAll(anyYear(), yearsToAdd())
          .checkAssert(
              (year, years) -> {
                long start = year.startYear() + years;
                if (start >= AcademicYear.MIN_START_YEAR && start <= AcademicYear.MAX_START_YEAR) {
                  assertThat(year.plusYears(years)).isEqualTo(AcademicYear.of((int) start));
                  assertThat(year.yearsUntil(year.plusYears(years))).isEqualTo(years.longValue());
                } else {
                  assertThatIllegalArgumentException()
                      .isThrownBy(() -> year.plusYears(years))
                      .withMessageContaining(year.toString())
                      .withMessageContaining(String.valueOf(years));
                }
              });
    }

    private static Gen<Long> yearsToAdd() {
      return oneOf(longs().between(-10_000, 10_000), anyLongs());
    }

    @Test
    @DisplayName("runs in the order of start years")
    void orderIsTheOrderOfStartYears() {
      qt().forAll(anyYear(), anyYear())
          .checkAssert(
              (a, b) -> {
                assertThat(Integer.signum(a.compareTo(b)))
                    .isEqualTo(Integer.signum(Integer.compare(a.startYear(), b.startYear())));
                assertThat(a.isBefore(b)).isEqualTo(a.startYear() < b.startYear());
                assertThat(a.isAfter(b)).isEqualTo(a.startYear() > b.startYear());
                assertThat(a.yearsUntil(b)).isEqualTo(b.startYear() - a.startYear());
              });
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("is ordered consistently with equals")
    void orderIsConsistentWithEquals() {
      qt().forAll(anyYear(), anyYear())
          .checkAssert((a, b) -> assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b)));
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("is equal, with the same hash code, when obtained twice")
    void isEqualWithTheSameHashCodeWhenObtainedTwice() {
      qt().forAll(integers().between(1000, 9998))
          .checkAssert(
              start -> {
                AcademicYear a = AcademicYear.of(start);
                AcademicYear b = AcademicYear.of(start);
                assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
                assertThat(a.compareTo(b)).isZero();
              });
    }
  }

  @Nested
  @DisplayName("as a value")
  class AsAValue {

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("is equal only to the same start year")
    void isEqualOnlyToTheSameStartYear() {
      new EqualsTester()
          .addEqualityGroup(
              AcademicYear.of(2019), AcademicYear.parse("2019/20"), AcademicYear.of(2018).next())
          .addEqualityGroup(
              AcademicYear.of(2020), AcademicYear.containing(LocalDate.of(2021, 1, 1)))
          .addEqualityGroup(AcademicYear.of(1000))
          .testEquals();
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("a forged serialized form is rejected as the factory would reject it")
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

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("survives serialization")
    void survivesSerialization() {
      qt(100)
          .forAll(anyYear())
          .checkAssert(
              year -> assertThat(SerializableTester.reserializeAndAssert(year)).isEqualTo(year));
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("rejects nulls, naming the parameter")
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(AcademicYear.class, AcademicYear.of(2019));
    }

    @Test
    @DisplayName("is zero years from itself, and itself zero years later")
    void isZeroYearsFromItselfAndPlusZeroIsItself() {
      qt().forAll(anyYear())
          .checkAssert(
              year -> {
                assertThat(year.yearsUntil(year)).isZero();
                assertThat(year.plusYears(0)).isSameAs(year);
              });
    }
  }

  @Test
  @DisplayName("rejects a year that ends in the wrong year, naming the year it should end in")
  void rejectsAWrongEndNamingTheRightOne() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AcademicYear.parse("2023/25"))
        .withMessage("academic year must end in the year after it starts (2023/24): \"2023/25\"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AcademicYear.parse("2099/99"))
        .withMessage("academic year must end in the year after it starts (2099/00): \"2099/99\"");
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("spreads distinct years over distinct hash codes")
  void spreadsDistinctYearsOverDistinctHashCodes() {
    assertThat(
            IntStream.rangeClosed(2010, 2030)
                .mapToObj(y -> AcademicYear.of(y).hashCode())
                .distinct())
        .hasSize(21);
  }
}
