package io.mastery.model.school;

import static io.mastery.model.testkit.Generators.DIGITS;
import static io.mastery.model.testkit.Generators.anyStrings;
import static io.mastery.model.testkit.Generators.digitStrings;
import static io.mastery.model.testkit.Generators.oneOf;
import static io.mastery.model.testkit.Generators.stringsOf;
import static io.mastery.model.testkit.MasteryGen.ukprns;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import io.mastery.model.NullRejection;
import io.mastery.model.SerialForms;
import io.mastery.model.testkit.Area;
import java.io.InvalidObjectException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("A UKPRN")
class UkprnProperties {

  @Nested
  @DisplayName("has exactly 8 digits")
  class Digits {

    @Test
    @DisplayName("is read back from its text form")
    void isReadBackFromItsTextForm() {
      qt().forAll(ukprns())
          .checkAssert(
              value -> {
                assertThat(Ukprn.parse(value.toString())).isEqualTo(value);
                assertThat(Ukprn.of(value.value())).isEqualTo(value);
                assertThat(value.toString()).isEqualTo(value.value()).matches("[0-9]{8}");
              });
    }

    @Test
    @DisplayName("accepts every string of 8 digits, leading zeros included")
    void acceptsEveryStringOf8DigitsLeadingZerosIncluded() {
      qt().forAll(digits())
          .checkAssert(text -> assertThat(Ukprn.of(text).value()).isEqualTo(text));
    }

    private static Gen<String> digits() {
      return digitStrings(8);
    }

    @Test
    @DisplayName("keeps leading zeros")
    void keepsLeadingZeros() {
      String zeros = "0".repeat(8);
      assertThat(Ukprn.parse(zeros)).hasToString(zeros);
      assertThat(Ukprn.parse(zeros))
          .isNotEqualTo(Ukprn.parse("0".repeat(8 - 1) + "1"));
    }

    @Test
    @DisplayName("refuses text that is not 8 digits, quoting it")
    void rejectsTextThatIsNot8DigitsQuotingIt() {
      qt().forAll(notDigits())
          .checkAssert(
              text ->
                  assertThatIllegalArgumentException()
                      .isThrownBy(() -> Ukprn.parse(text))
                      .withMessage("UKPRN must have 8 digits: \"" + text + "\""));
    }

    private static Gen<String> notDigits() {
      return oneOf(
              stringsOf(DIGITS, 0, 8 + 4),
              anyStrings(0, 8 + 2),
              stringsOf("0123456789 +-.x", 8, 8))
          .assuming(s -> !s.matches("[0-9]{8}"));
    }

    @Test
    @DisplayName("refuses full-width digits and padding")
    void rejectsFullWidthDigitsAndPadding() {
      String full = "１".repeat(8);
      for (String text :
          new String[] {full, " " + "1".repeat(8 - 1), "1".repeat(8 - 1) + " ", ""}) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> Ukprn.of(text))
            .withMessageContaining("\"" + text + "\"");
      }
    }
  }

  @Nested
  @DisplayName("as a value")
  class AsAValue {

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("is ordered by its digits, consistently with equals")
    void isOrderedByItsDigitsConsistentlyWithEquals() {
      qt().forAll(ukprns(), ukprns())
          .checkAssert(
              (a, b) -> {
                assertThat(Integer.signum(a.compareTo(b)))
                    .isEqualTo(
                        Integer.signum(
                            Long.compare(Long.parseLong(a.value()), Long.parseLong(b.value()))));
                assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
              });
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("is equal, with the same hash code, to the one of the same digits")
    void isEqualToTheOneOfTheSameDigits() {
      qt().forAll(ukprns())
          .checkAssert(
              value -> {
                Ukprn same = Ukprn.of(new StringBuilder(value.value()));
                assertThat(same).isEqualTo(value).hasSameHashCodeAs(value);
              });
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("is equal only to the same digits")
    void isEqualOnlyToTheSameDigits() {
      new EqualsTester()
          .addEqualityGroup(
              Ukprn.of("10000001"),
              Ukprn.parse("10000001"),
              Ukprn.of(new StringBuilder("10000001")))
          .addEqualityGroup(Ukprn.of("01000001"))
          .testEquals();
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("a forged serialized form is rejected as the factory would reject it")
    void rejectsAForgedSerializedForm() {
      assertThatThrownBy(
              () ->
                  SerialForms.forge(
                      Ukprn.of("12345678"),
                      SerialForms.asciiBytes("12345678"),
                      SerialForms.asciiBytes("1234567x")))
          .isInstanceOf(InvalidObjectException.class)
          .hasMessage("UKPRN must have 8 digits: \"1234567x\"");
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("survives serialization")
    void survivesSerialization() {
      qt(100).forAll(ukprns()).checkAssert(SerializableTester::reserializeAndAssert);
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("rejects nulls, naming the parameter")
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(Ukprn.class, Ukprn.of("10000001"));
    }
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("spreads distinct values over distinct hash codes")
  void spreadsDistinctValuesOverDistinctHashCodes() {
    assertThat(
            IntStream.range(0, 20)
                .mapToObj(i -> Ukprn.of(String.valueOf(10000000 + i)).hashCode())
                .distinct())
        .hasSize(20);
  }
}
