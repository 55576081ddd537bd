package io.mastery.model.teacher;

import static io.mastery.model.testkit.Generators.DIGITS;
import static io.mastery.model.testkit.Generators.anyStrings;
import static io.mastery.model.testkit.Generators.digitStrings;
import static io.mastery.model.testkit.Generators.oneOf;
import static io.mastery.model.testkit.Generators.stringsOf;
import static io.mastery.model.testkit.MasteryGen.trns;
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

@DisplayName("A TRN")
class TrnProperties {

  @Nested
  @DisplayName("has exactly 7 digits")
  class Digits {

    @Test
    @DisplayName("is read back from its text form")
    void isReadBackFromItsTextForm() {
      qt().forAll(trns())
          .checkAssert(
              value -> {
                assertThat(Trn.parse(value.toString())).isEqualTo(value);
                assertThat(Trn.of(value.value())).isEqualTo(value);
                assertThat(value.toString()).isEqualTo(value.value()).matches("[0-9]{7}");
              });
    }

    @Test
    @DisplayName("accepts every string of 7 digits, leading zeros included")
    void acceptsEveryStringOf7DigitsLeadingZerosIncluded() {
      qt().forAll(digits())
          .checkAssert(text -> assertThat(Trn.of(text).value()).isEqualTo(text));
    }

    private static Gen<String> digits() {
      return digitStrings(7);
    }

    @Test
    @DisplayName("keeps leading zeros")
    void keepsLeadingZeros() {
      String zeros = "0".repeat(7);
      assertThat(Trn.parse(zeros)).hasToString(zeros);
      assertThat(Trn.parse(zeros))
          .isNotEqualTo(Trn.parse("0".repeat(7 - 1) + "1"));
    }

    @Test
    @DisplayName("refuses text that is not 7 digits, quoting it")
    void rejectsTextThatIsNot7DigitsQuotingIt() {
      qt().forAll(notDigits())
          .checkAssert(
              text ->
                  assertThatIllegalArgumentException()
                      .isThrownBy(() -> Trn.parse(text))
                      .withMessage("TRN must have 7 digits: \"" + text + "\""));
    }

    private static Gen<String> notDigits() {
      return oneOf(
              stringsOf(DIGITS, 0, 7 + 4),
              anyStrings(0, 7 + 2),
              stringsOf("0123456789 +-.x", 7, 7))
          .assuming(s -> !s.matches("[0-9]{7}"));
    }

    @Test
    @DisplayName("refuses full-width digits and padding")
    void rejectsFullWidthDigitsAndPadding() {
      String full = "１".repeat(7);
      for (String text :
          new String[] {full, " " + "1".repeat(7 - 1), "1".repeat(7 - 1) + " ", ""}) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> Trn.of(text))
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
      qt().forAll(trns(), trns())
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
      qt().forAll(trns())
          .checkAssert(
              value -> {
                Trn same = Trn.of(new StringBuilder(value.value()));
                assertThat(same).isEqualTo(value).hasSameHashCodeAs(value);
              });
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("is equal only to the same digits")
    void isEqualOnlyToTheSameDigits() {
      new EqualsTester()
          .addEqualityGroup(
              Trn.of("1000001"), Trn.parse("1000001"), Trn.of(new StringBuilder("1000001")))
          .addEqualityGroup(Trn.of("0100001"))
          .testEquals();
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("a forged serialized form is rejected as the factory would reject it")
    void rejectsAForgedSerializedForm() {
      assertThatThrownBy(
              () ->
                  SerialForms.forge(
                      Trn.of("1234567"),
                      SerialForms.asciiBytes("1234567"),
                      SerialForms.asciiBytes("12a4567")))
          .isInstanceOf(InvalidObjectException.class)
          .hasMessage("TRN must have 7 digits: \"12a4567\"");
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("survives serialization")
    void survivesSerialization() {
      qt(100).forAll(trns()).checkAssert(SerializableTester::reserializeAndAssert);
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("rejects nulls, naming the parameter")
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(Trn.class, Trn.of("1000001"));
    }
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("spreads distinct values over distinct hash codes")
  void spreadsDistinctValuesOverDistinctHashCodes() {
    assertThat(
            IntStream.range(0, 20)
                .mapToObj(i -> Trn.of(String.valueOf(1000000 + i)).hashCode())
                .distinct())
        .hasSize(20);
  }
}
