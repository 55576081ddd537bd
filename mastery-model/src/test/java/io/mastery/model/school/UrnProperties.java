package io.mastery.model.school;

import java.util.stream.IntStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import io.mastery.model.NullRejection;
import io.mastery.model.SerialForms;
import java.io.InvalidObjectException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

@Label("A URN")
class UrnProperties {

  @Group
  @Label("has six digits")
  class SixDigits {

    @Property
    void isReadBackFromItsTextForm(@ForAll Urn urn) {
      assertThat(Urn.parse(urn.toString())).isEqualTo(urn);
      assertThat(urn.toString()).matches("[1-9][0-9]{5}");
    }

    @Property
    void acceptsEveryNumberFrom100000To999999(
        @ForAll @IntRange(min = 100_000, max = 999_999) int value) {
      assertThat(Urn.of(value).value()).isEqualTo(value);
      assertThat(Urn.parse(Integer.toString(value))).isEqualTo(Urn.of(value));
    }

    @Property
    void rejectsEveryOtherNumberQuotingIt(@ForAll("notSixDigits") int value) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Urn.of(value))
          .withMessage("URN must have 6 digits: " + value);
    }

    @Provide
    Arbitrary<Integer> notSixDigits() {
      return Arbitraries.oneOf(
          Arbitraries.integers().lessOrEqual(99_999),
          Arbitraries.integers().greaterOrEqual(1_000_000));
    }

    @Example
    @Label("12345 is rejected: \"URN must have 6 digits: 12345\"")
    void rejects12345() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Urn.of(12345))
          .withMessage("URN must have 6 digits: 12345");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Urn.parse("12345"))
          .withMessage("URN must have 6 digits: \"12345\"");
    }

    @Property
    void rejectsTextThatIsNotSixDigitsQuotingIt(@ForAll("notUrnText") String text) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Urn.parse(text))
          .withMessageStartingWith("URN must have 6 digits")
          .withMessageContaining("\"" + text + "\"");
    }

    @Provide
    Arbitrary<String> notUrnText() {
      return Arbitraries.oneOf(
              Arbitraries.strings().numeric().ofMaxLength(12),
              Arbitraries.strings().numeric().ofLength(5).map(s -> "0" + s),
              Arbitraries.strings().ofMaxLength(8),
              Arbitraries.strings().withChars("0123456789 +-.x").ofLength(6))
          .filter(s -> !s.matches("[1-9][0-9]{5}"));
    }

    @Example
    void rejectsFullWidthAndSignedDigits() {
      for (String text :
          new String[] {"１２３４５６", "+12345", "-12345", " 123456", "123456 ", "100 00"}) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> Urn.parse(text))
            .withMessageContaining("\"" + text + "\"");
      }
    }
  }

  @Group
  @Label("as a value")
  class AsAValue {

    @Property
    void isOrderedByItsNumberConsistentlyWithEquals(@ForAll Urn a, @ForAll Urn b) {
      assertThat(Integer.signum(a.compareTo(b)))
          .isEqualTo(Integer.signum(Integer.compare(a.value(), b.value())));
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    }

    @Property
    void isEqualToTheUrnOfTheSameNumber(@ForAll Urn urn) {
      Urn same = Urn.of(urn.value());
      assertThat(same).isEqualTo(urn).hasSameHashCodeAs(urn);
    }

    @Example
    void isEqualOnlyToTheSameNumber() {
      new EqualsTester()
          .addEqualityGroup(Urn.of(100008), Urn.parse("100008"))
          .addEqualityGroup(Urn.of(100009))
          .addEqualityGroup(Urn.of(999999), Urn.parse("999999"))
          .testEquals();
    }

    @Example
    @Label("a forged serialized form is rejected as the factory would reject it")
    void rejectsAForgedSerializedForm() {
      assertThatThrownBy(
              () ->
                  SerialForms.forge(
                      Urn.of(100008), SerialForms.intBytes(100008), SerialForms.intBytes(5)))
          .isInstanceOf(InvalidObjectException.class)
          .hasMessage("URN must have 6 digits: 5");
    }

    @Property(tries = 100)
    void survivesSerialization(@ForAll Urn urn) {
      SerializableTester.reserializeAndAssert(urn);
    }

    @Example
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(Urn.class, Urn.of(100008));
    }
  }

  @Example
  @Label("spreads distinct values over distinct hash codes")
  void spreadsDistinctValuesOverDistinctHashCodes() {
    assertThat(IntStream.range(0, 20).mapToObj(i -> Urn.of(100000 + i).hashCode()).distinct()).hasSize(20);
  }
}
