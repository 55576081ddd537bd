package io.mastery.model.school;

import static io.mastery.model.testkit.Generators.DIGITS;
import static io.mastery.model.testkit.Generators.anyStrings;
import static io.mastery.model.testkit.Generators.digitStrings;
import static io.mastery.model.testkit.Generators.intsAtLeast;
import static io.mastery.model.testkit.Generators.intsAtMost;
import static io.mastery.model.testkit.Generators.oneOf;
import static io.mastery.model.testkit.Generators.stringsOf;
import static io.mastery.model.testkit.MasteryGen.urns;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

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

@DisplayName("A URN")
class UrnProperties {

  @Nested
  @DisplayName("has six digits")
  class SixDigits {

    @Test
    @DisplayName("is read back from its text form")
    void isReadBackFromItsTextForm() {
      qt().forAll(urns())
          .checkAssert(
              urn -> {
                assertThat(Urn.parse(urn.toString())).isEqualTo(urn);
                assertThat(urn.toString()).matches("[1-9][0-9]{5}");
              });
    }

    @Test
    @DisplayName("accepts every number from 100000 to 999999")
    void acceptsEveryNumberFrom100000To999999() {
      qt().forAll(integers().between(100_000, 999_999))
          .checkAssert(
              value -> {
                assertThat(Urn.of(value).value()).isEqualTo(value);
                assertThat(Urn.parse(Integer.toString(value))).isEqualTo(Urn.of(value));
              });
    }

    @Test
    @DisplayName("refuses every other number, quoting it")
    void rejectsEveryOtherNumberQuotingIt() {
      qt().forAll(notSixDigits())
          .checkAssert(
              value ->
                  assertThatIllegalArgumentException()
                      .isThrownBy(() -> Urn.of(value))
                      .withMessage("URN must have 6 digits: " + value));
    }

    private static Gen<Integer> notSixDigits() {
      return oneOf(intsAtMost(99_999), intsAtLeast(1_000_000));
    }

    @Test
    @DisplayName("12345 is rejected: \"URN must have 6 digits: 12345\"")
    void rejects12345() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Urn.of(12345))
          .withMessage("URN must have 6 digits: 12345");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Urn.parse("12345"))
          .withMessage("URN must have 6 digits: \"12345\"");
    }

    @Test
    @DisplayName("refuses text that is not six digits, quoting it")
    void rejectsTextThatIsNotSixDigitsQuotingIt() {
      qt().forAll(notUrnText())
          .checkAssert(
              text ->
                  assertThatIllegalArgumentException()
                      .isThrownBy(() -> Urn.parse(text))
                      .withMessageStartingWith("URN must have 6 digits")
                      .withMessageContaining("\"" + text + "\""));
    }

    private static Gen<String> notUrnText() {
      return oneOf(
              stringsOf(DIGITS, 0, 12),
              digitStrings(5).map(s -> "0" + s),
              anyStrings(0, 8),
              stringsOf("0123456789 +-.x", 6, 6))
          .assuming(s -> !s.matches("[1-9][0-9]{5}"));
    }

    @Test
    @DisplayName("refuses full-width and signed digits, and padding")
    void rejectsFullWidthAndSignedDigits() {
      for (String text :
          new String[] {"１２３４５６", "+12345", "-12345", " 123456", "123456 ", "100 00"}) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> Urn.parse(text))
            .withMessageContaining("\"" + text + "\"");
      }
    }
  }

  @Nested
  @DisplayName("as a value")
  class AsAValue {

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("is ordered by its number, consistently with equals")
    void isOrderedByItsNumberConsistentlyWithEquals() {
      qt().forAll(urns(), urns())
          .checkAssert(
              (a, b) -> {
                assertThat(Integer.signum(a.compareTo(b)))
                    .isEqualTo(Integer.signum(Integer.compare(a.value(), b.value())));
                assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
              });
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("is equal, with the same hash code, to the URN of the same number")
    void isEqualToTheUrnOfTheSameNumber() {
      qt().forAll(urns())
          .checkAssert(
              urn -> {
                Urn same = Urn.of(urn.value());
                assertThat(same).isEqualTo(urn).hasSameHashCodeAs(urn);
              });
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("is equal only to the same number")
    void isEqualOnlyToTheSameNumber() {
      new EqualsTester()
          .addEqualityGroup(Urn.of(100008), Urn.parse("100008"))
          .addEqualityGroup(Urn.of(100009))
          .addEqualityGroup(Urn.of(999999), Urn.parse("999999"))
          .testEquals();
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("a forged serialized form is rejected as the factory would reject it")
    void rejectsAForgedSerializedForm() {
      assertThatThrownBy(
              () ->
                  SerialForms.forge(
                      Urn.of(100008), SerialForms.intBytes(100008), SerialForms.intBytes(5)))
          .isInstanceOf(InvalidObjectException.class)
          .hasMessage("URN must have 6 digits: 5");
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("survives serialization")
    void survivesSerialization() {
      qt(100).forAll(urns()).checkAssert(SerializableTester::reserializeAndAssert);
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("rejects nulls, naming the parameter")
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(Urn.class, Urn.of(100008));
    }
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("spreads distinct values over distinct hash codes")
  void spreadsDistinctValuesOverDistinctHashCodes() {
    assertThat(IntStream.range(0, 20).mapToObj(i -> Urn.of(100000 + i).hashCode()).distinct())
        .hasSize(20);
  }
}
