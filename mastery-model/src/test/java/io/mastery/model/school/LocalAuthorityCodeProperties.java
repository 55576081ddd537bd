package io.mastery.model.school;

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

@Label("A local authority code")
class LocalAuthorityCodeProperties {

  @Group
  @Label("has exactly 3 digits")
  class Digits {

    @Property
    void isReadBackFromItsTextForm(@ForAll LocalAuthorityCode value) {
      assertThat(LocalAuthorityCode.parse(value.toString())).isEqualTo(value);
      assertThat(LocalAuthorityCode.of(value.value())).isEqualTo(value);
      assertThat(value.toString()).isEqualTo(value.value()).matches("[0-9]{3}");
    }

    @Property
    void acceptsEveryStringOf3DigitsLeadingZerosIncluded(@ForAll("digits") String text) {
      assertThat(LocalAuthorityCode.of(text).value()).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> digits() {
      return Arbitraries.strings().numeric().ofLength(3);
    }

    @Example
    void keepsLeadingZeros() {
      String zeros = "0".repeat(3);
      assertThat(LocalAuthorityCode.parse(zeros)).hasToString(zeros);
      assertThat(LocalAuthorityCode.parse(zeros))
          .isNotEqualTo(LocalAuthorityCode.parse("0".repeat(3 - 1) + "1"));
    }

    @Property
    void rejectsTextThatIsNot3DigitsQuotingIt(@ForAll("notDigits") String text) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> LocalAuthorityCode.parse(text))
          .withMessage("local authority code must have 3 digits: \"" + text + "\"");
    }

    @Provide
    Arbitrary<String> notDigits() {
      return Arbitraries.oneOf(
              Arbitraries.strings().numeric().ofMaxLength(3 + 4),
              Arbitraries.strings().ofMaxLength(3 + 2),
              Arbitraries.strings().withChars("0123456789 +-.x").ofLength(3))
          .filter(s -> !s.matches("[0-9]{3}"));
    }

    @Example
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

  @Group
  @Label("as a value")
  class AsAValue {

    @Property
    void isOrderedByItsDigitsConsistentlyWithEquals(
        @ForAll LocalAuthorityCode a, @ForAll LocalAuthorityCode b) {
      assertThat(Integer.signum(a.compareTo(b)))
          .isEqualTo(
              Integer.signum(Long.compare(Long.parseLong(a.value()), Long.parseLong(b.value()))));
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    }

    @Property
    void isEqualToTheOneOfTheSameDigits(@ForAll LocalAuthorityCode value) {
      LocalAuthorityCode same = LocalAuthorityCode.of(new StringBuilder(value.value()));
      assertThat(same).isEqualTo(value).hasSameHashCodeAs(value);
    }

    @Example
    void isEqualOnlyToTheSameDigits() {
      new EqualsTester()
          .addEqualityGroup(
              LocalAuthorityCode.of("202"),
              LocalAuthorityCode.parse("202"),
              LocalAuthorityCode.of(new StringBuilder("202")))
          .addEqualityGroup(LocalAuthorityCode.of("020"))
          .testEquals();
    }

    @Example
    @Label("a forged serialized form is rejected as the factory would reject it")
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

    @Property(tries = 100)
    void survivesSerialization(@ForAll LocalAuthorityCode value) {
      SerializableTester.reserializeAndAssert(value);
    }

    @Example
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(LocalAuthorityCode.class, LocalAuthorityCode.of("202"));
    }
  }
}
