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

@Label("A UKPRN")
class UkprnProperties {

  @Group
  @Label("has exactly 8 digits")
  class Digits {

    @Property
    void isReadBackFromItsTextForm(@ForAll Ukprn value) {
      assertThat(Ukprn.parse(value.toString())).isEqualTo(value);
      assertThat(Ukprn.of(value.value())).isEqualTo(value);
      assertThat(value.toString()).isEqualTo(value.value()).matches("[0-9]{8}");
    }

    @Property
    void acceptsEveryStringOf8DigitsLeadingZerosIncluded(@ForAll("digits") String text) {
      assertThat(Ukprn.of(text).value()).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> digits() {
      return Arbitraries.strings().numeric().ofLength(8);
    }

    @Example
    void keepsLeadingZeros() {
      String zeros = "0".repeat(8);
      assertThat(Ukprn.parse(zeros)).hasToString(zeros);
      assertThat(Ukprn.parse(zeros)).isNotEqualTo(Ukprn.parse("0".repeat(8 - 1) + "1"));
    }

    @Property
    void rejectsTextThatIsNot8DigitsQuotingIt(@ForAll("notDigits") String text) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Ukprn.parse(text))
          .withMessage("UKPRN must have 8 digits: \"" + text + "\"");
    }

    @Provide
    Arbitrary<String> notDigits() {
      return Arbitraries.oneOf(
              Arbitraries.strings().numeric().ofMaxLength(8 + 4),
              Arbitraries.strings().ofMaxLength(8 + 2),
              Arbitraries.strings().withChars("0123456789 +-.x").ofLength(8))
          .filter(s -> !s.matches("[0-9]{8}"));
    }

    @Example
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

  @Group
  @Label("as a value")
  class AsAValue {

    @Property
    void isOrderedByItsDigitsConsistentlyWithEquals(@ForAll Ukprn a, @ForAll Ukprn b) {
      assertThat(Integer.signum(a.compareTo(b)))
          .isEqualTo(
              Integer.signum(Long.compare(Long.parseLong(a.value()), Long.parseLong(b.value()))));
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    }

    @Property
    void isEqualToTheOneOfTheSameDigits(@ForAll Ukprn value) {
      Ukprn same = Ukprn.of(new StringBuilder(value.value()));
      assertThat(same).isEqualTo(value).hasSameHashCodeAs(value);
    }

    @Example
    void isEqualOnlyToTheSameDigits() {
      new EqualsTester()
          .addEqualityGroup(
              Ukprn.of("10000001"),
              Ukprn.parse("10000001"),
              Ukprn.of(new StringBuilder("10000001")))
          .addEqualityGroup(Ukprn.of("01000001"))
          .testEquals();
    }

    @Example
    @Label("a forged serialized form is rejected as the factory would reject it")
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

    @Property(tries = 100)
    void survivesSerialization(@ForAll Ukprn value) {
      SerializableTester.reserializeAndAssert(value);
    }

    @Example
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(Ukprn.class, Ukprn.of("10000001"));
    }
  }

  @Example
  @Label("spreads distinct values over distinct hash codes")
  void spreadsDistinctValuesOverDistinctHashCodes() {
    assertThat(IntStream.range(0, 20).mapToObj(i -> Ukprn.of(String.valueOf(10000000 + i)).hashCode()).distinct()).hasSize(20);
  }
}
