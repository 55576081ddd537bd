package io.mastery.model.teacher;

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

@Label("A TRN")
class TrnProperties {

  @Group
  @Label("has exactly 7 digits")
  class Digits {

    @Property
    void isReadBackFromItsTextForm(@ForAll Trn value) {
      assertThat(Trn.parse(value.toString())).isEqualTo(value);
      assertThat(Trn.of(value.value())).isEqualTo(value);
      assertThat(value.toString()).isEqualTo(value.value()).matches("[0-9]{7}");
    }

    @Property
    void acceptsEveryStringOf7DigitsLeadingZerosIncluded(@ForAll("digits") String text) {
      assertThat(Trn.of(text).value()).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> digits() {
      return Arbitraries.strings().numeric().ofLength(7);
    }

    @Example
    void keepsLeadingZeros() {
      String zeros = "0".repeat(7);
      assertThat(Trn.parse(zeros)).hasToString(zeros);
      assertThat(Trn.parse(zeros)).isNotEqualTo(Trn.parse("0".repeat(7 - 1) + "1"));
    }

    @Property
    void rejectsTextThatIsNot7DigitsQuotingIt(@ForAll("notDigits") String text) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Trn.parse(text))
          .withMessage("TRN must have 7 digits: \"" + text + "\"");
    }

    @Provide
    Arbitrary<String> notDigits() {
      return Arbitraries.oneOf(
              Arbitraries.strings().numeric().ofMaxLength(7 + 4),
              Arbitraries.strings().ofMaxLength(7 + 2),
              Arbitraries.strings().withChars("0123456789 +-.x").ofLength(7))
          .filter(s -> !s.matches("[0-9]{7}"));
    }

    @Example
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

  @Group
  @Label("as a value")
  class AsAValue {

    @Property
    void isOrderedByItsDigitsConsistentlyWithEquals(@ForAll Trn a, @ForAll Trn b) {
      assertThat(Integer.signum(a.compareTo(b)))
          .isEqualTo(
              Integer.signum(Long.compare(Long.parseLong(a.value()), Long.parseLong(b.value()))));
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    }

    @Property
    void isEqualToTheOneOfTheSameDigits(@ForAll Trn value) {
      Trn same = Trn.of(new StringBuilder(value.value()));
      assertThat(same).isEqualTo(value).hasSameHashCodeAs(value);
    }

    @Example
    void isEqualOnlyToTheSameDigits() {
      new EqualsTester()
          .addEqualityGroup(
              Trn.of("1000001"), Trn.parse("1000001"), Trn.of(new StringBuilder("1000001")))
          .addEqualityGroup(Trn.of("0100001"))
          .testEquals();
    }

    @Example
    @Label("a forged serialized form is rejected as the factory would reject it")
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

    @Property(tries = 100)
    void survivesSerialization(@ForAll Trn value) {
      SerializableTester.reserializeAndAssert(value);
    }

    @Example
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(Trn.class, Trn.of("1000001"));
    }
  }

  @Example
  @Label("spreads distinct values over distinct hash codes")
  void spreadsDistinctValuesOverDistinctHashCodes() {
    assertThat(IntStream.range(0, 20).mapToObj(i -> Trn.of(String.valueOf(1000000 + i)).hashCode()).distinct()).hasSize(20);
  }
}
