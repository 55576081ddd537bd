package io.mastery.model.workgroup;

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

@Label("A Work Group id")
class WorkGroupIdProperties {

  private static final String VALID = "[A-Za-z0-9][A-Za-z0-9 ._/-]{0,63}";

  @Group
  @Label("is 1 to 64 letters, digits, spaces or ._/- starting with a letter or digit")
  class Form {

    @Property
    void isReadBackFromItsTextForm(@ForAll WorkGroupId id) {
      assertThat(WorkGroupId.parse(id.toString())).isEqualTo(id);
      assertThat(id.toString()).isEqualTo(id.value()).matches(VALID);
    }

    @Example
    void acceptsTheHubsUsualForms() {
      for (String text :
          new String[] {"WG-01", "2019/20 Primary 3", "lcw.dev_1", "A", "9" + "x".repeat(63)}) {
        assertThat(WorkGroupId.of(text).value()).isEqualTo(text);
      }
    }

    @Property
    void rejectsBadIdsQuotingThem(@ForAll("badIds") String text) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> WorkGroupId.parse(text))
          .withMessageStartingWith("Work Group id must be")
          .withMessageContaining("\"" + text + "\"");
    }

    @Provide
    Arbitrary<String> badIds() {
      Arbitrary<String> badFirst =
          Arbitraries.of(" ", ".", "_", "/", "-", "#", "é")
              .flatMap(f -> Arbitraries.strings().alpha().ofMaxLength(10).map(r -> f + r));
      Arbitrary<String> badChar =
          Arbitraries.of("#", "@", "\t", "\n", "é", "*", ",", ";", "\\", "\"")
              .flatMap(
                  c ->
                      Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).map(r -> r + c));
      Arbitrary<String> tooLong = Arbitraries.strings().alpha().ofMinLength(65).ofMaxLength(100);
      return Arbitraries.oneOf(
              badFirst, badChar, tooLong, Arbitraries.just(""), Arbitraries.strings())
          .filter(s -> !s.matches(VALID));
    }
  }

  @Group
  @Label("as a value")
  class AsAValue {

    @Property
    void isOrderedByItsTextConsistentlyWithEquals(@ForAll WorkGroupId a, @ForAll WorkGroupId b) {
      assertThat(Integer.signum(a.compareTo(b)))
          .isEqualTo(Integer.signum(a.value().compareTo(b.value())));
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    }

    @Example
    void isEqualOnlyToTheSameTextCaseIncluded() {
      new EqualsTester()
          .addEqualityGroup(WorkGroupId.of("WG-01"), WorkGroupId.parse("WG-01"))
          .addEqualityGroup(WorkGroupId.of("wg-01"))
          .addEqualityGroup(WorkGroupId.of("WG-02"))
          .testEquals();
    }

    @Example
    @Label("a forged serialized form is rejected as the factory would reject it")
    void rejectsAForgedSerializedForm() {
      assertThatThrownBy(
              () ->
                  SerialForms.forge(
                      WorkGroupId.of("WG-01"),
                      SerialForms.asciiBytes("WG-01"),
                      SerialForms.asciiBytes("#G-01")))
          .isInstanceOf(InvalidObjectException.class)
          .hasMessageContaining("\"#G-01\"");
    }

    @Property(tries = 100)
    void survivesSerialization(@ForAll WorkGroupId id) {
      SerializableTester.reserializeAndAssert(id);
    }

    @Example
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(WorkGroupId.class, WorkGroupId.of("WG-01"));
    }
  }

  @Example
  @Label("spreads distinct values over distinct hash codes")
  void spreadsDistinctValuesOverDistinctHashCodes() {
    assertThat(IntStream.range(0, 20).mapToObj(i -> WorkGroupId.of("WG-" + (10 + i)).hashCode()).distinct()).hasSize(20);
  }
}
