package io.mastery.model.school;

import static io.mastery.model.testkit.Generators.DIGITS;
import static io.mastery.model.testkit.Generators.anyStrings;
import static io.mastery.model.testkit.Generators.digitStrings;
import static io.mastery.model.testkit.Generators.oneOf;
import static io.mastery.model.testkit.Generators.stringsOf;
import static io.mastery.model.testkit.MasteryGen.localAuthorityCodes;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("A local authority code")
class LocalAuthorityCodeProperties {

  @Nested
  @DisplayName("has exactly 3 digits")
  class Digits {

    @Test
    @DisplayName("is read back from its text form")
    void isReadBackFromItsTextForm() {
      qt().forAll(localAuthorityCodes())
          .checkAssert(
              value -> {
                assertThat(LocalAuthorityCode.parse(value.toString())).isEqualTo(value);
                assertThat(LocalAuthorityCode.of(value.value())).isEqualTo(value);
                assertThat(value.toString()).isEqualTo(value.value()).matches("[0-9]{3}");
              });
    }

    @Test
    @DisplayName("accepts every string of 3 digits, leading zeros included")
    void acceptsEveryStringOf3DigitsLeadingZerosIncluded() {
      qt().forAll(digits())
          .checkAssert(text -> assertThat(LocalAuthorityCode.of(text).value()).isEqualTo(text));
    }

    private static Gen<String> digits() {
      return digitStrings(3);
    }

    @Test
    @DisplayName("keeps leading zeros")
    void keepsLeadingZeros() {
      String zeros = "0".repeat(3);
      assertThat(LocalAuthorityCode.parse(zeros)).hasToString(zeros);
      assertThat(LocalAuthorityCode.parse(zeros))
          .isNotEqualTo(LocalAuthorityCode.parse("0".repeat(3 - 1) + "1"));
    }

    @Test
    @DisplayName("refuses text that is not 3 digits, quoting it")
    void rejectsTextThatIsNot3DigitsQuotingIt() {
      qt().forAll(notDigits())
          .checkAssert(
              text ->
                  assertThatIllegalArgumentException()
                      .isThrownBy(() -> LocalAuthorityCode.parse(text))
                      .withMessage("local authority code must have 3 digits: \"" + text + "\""));
    }

    private static Gen<String> notDigits() {
      return oneOf(
              stringsOf(DIGITS, 0, 3 + 4),
              anyStrings(0, 3 + 2),
              stringsOf("0123456789 +-.x", 3, 3))
          .assuming(s -> !s.matches("[0-9]{3}"));
    }

    @Test
    @DisplayName("refuses full-width digits and padding")
    void rejectsFullWidthDigitsAndPadding() {
      String full = "１".repeat(3);
      for (String text :
          new String[] {full, " " + "1".repeat(3 - 1), "1".repeat(3 - 1) + " ", ""}) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> LocalAuthorityCode.of(text))
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
      qt().forAll(localAuthorityCodes(), localAuthorityCodes())
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
      qt().forAll(localAuthorityCodes())
          .checkAssert(
              value -> {
                LocalAuthorityCode same = LocalAuthorityCode.of(new StringBuilder(value.value()));
                assertThat(same).isEqualTo(value).hasSameHashCodeAs(value);
              });
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("is equal only to the same digits")
    void isEqualOnlyToTheSameDigits() {
      new EqualsTester()
          .addEqualityGroup(
              LocalAuthorityCode.of("202"),
              LocalAuthorityCode.parse("202"),
              LocalAuthorityCode.of(new StringBuilder("202")))
          .addEqualityGroup(LocalAuthorityCode.of("020"))
          .testEquals();
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("a forged serialized form is rejected as the factory would reject it")
    void rejectsAForgedSerializedForm() {
      assertThatThrownBy(
              () ->
                  SerialForms.forge(
                      LocalAuthorityCode.of("202"),
                      SerialForms.asciiBytes("202"),
                      SerialForms.asciiBytes("2 2")))
          .isInstanceOf(InvalidObjectException.class)
          .hasMessage("local authority code must have 3 digits: \"2 2\"");
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("survives serialization")
    void survivesSerialization() {
      qt(100).forAll(localAuthorityCodes()).checkAssert(SerializableTester::reserializeAndAssert);
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("rejects nulls, naming the parameter")
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(LocalAuthorityCode.class, LocalAuthorityCode.of("202"));
    }
  }
}
