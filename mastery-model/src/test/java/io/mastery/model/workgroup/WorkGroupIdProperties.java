package io.mastery.model.workgroup;

import static io.mastery.model.testkit.Generators.anyStrings;
import static io.mastery.model.testkit.Generators.letterStrings;
import static io.mastery.model.testkit.Generators.oneOf;
import static io.mastery.model.testkit.Generators.oneOfValues;
import static io.mastery.model.testkit.MasteryGen.workGroupIds;
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
import org.quicktheories.generators.Generate;

@DisplayName("A Work Group id")
class WorkGroupIdProperties {

  private static final String VALID = "[A-Za-z0-9][A-Za-z0-9 ._/-]{0,63}";

  @Nested
  @DisplayName("is 1 to 64 letters, digits, spaces or ._/- starting with a letter or digit")
  class Form {

    @Test
    @DisplayName("is read back from its text form")
    void isReadBackFromItsTextForm() {
      qt().forAll(workGroupIds())
          .checkAssert(
              id -> {
                assertThat(WorkGroupId.parse(id.toString())).isEqualTo(id);
                assertThat(id.toString()).isEqualTo(id.value()).matches(VALID);
              });
    }

    @Test
    @DisplayName("accepts the hubs' usual forms")
    void acceptsTheHubsUsualForms() {
      for (String text :
          new String[] {"WG-01", "2019/20 Primary 3", "lcw.dev_1", "A", "9" + "x".repeat(63)}) {
        assertThat(WorkGroupId.of(text).value()).isEqualTo(text);
      }
    }

    @Test
    @DisplayName("refuses a bad id, quoting it")
    void rejectsBadIdsQuotingThem() {
      qt().forAll(badIds())
          .checkAssert(
              text ->
                  assertThatIllegalArgumentException()
                      .isThrownBy(() -> WorkGroupId.parse(text))
                      .withMessageStartingWith("Work Group id must be")
                      .withMessageContaining("\"" + text + "\""));
    }

    private static Gen<String> badIds() {
      Gen<String> badFirst =
          oneOfValues(" ", ".", "_", "/", "-", "#", "é")
              .flatMap(f -> letterStrings(0, 10).map(r -> f + r));
      Gen<String> badChar =
          oneOfValues("#", "@", "\t", "\n", "é", "*", ",", ";", "\\", "\"")
              .flatMap(c -> letterStrings(1, 10).map(r -> r + c));
      Gen<String> tooLong = letterStrings(65, 100);
      return oneOf(badFirst, badChar, tooLong, Generate.constant(""), anyStrings())
          .assuming(s -> !s.matches(VALID));
    }
  }

  @Nested
  @DisplayName("as a value")
  class AsAValue {

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("is ordered by its text, consistently with equals")
    void isOrderedByItsTextConsistentlyWithEquals() {
      qt().forAll(workGroupIds(), workGroupIds())
          .checkAssert(
              (a, b) -> {
                assertThat(Integer.signum(a.compareTo(b)))
                    .isEqualTo(Integer.signum(a.value().compareTo(b.value())));
                assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
              });
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("is equal only to the same text, case included")
    void isEqualOnlyToTheSameTextCaseIncluded() {
      new EqualsTester()
          .addEqualityGroup(WorkGroupId.of("WG-01"), WorkGroupId.parse("WG-01"))
          .addEqualityGroup(WorkGroupId.of("wg-01"))
          .addEqualityGroup(WorkGroupId.of("WG-02"))
          .testEquals();
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("a forged serialized form is rejected as the factory would reject it")
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

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("survives serialization")
    void survivesSerialization() {
      qt(100).forAll(workGroupIds()).checkAssert(SerializableTester::reserializeAndAssert);
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("rejects nulls, naming the parameter")
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(WorkGroupId.class, WorkGroupId.of("WG-01"));
    }
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("spreads distinct values over distinct hash codes")
  void spreadsDistinctValuesOverDistinctHashCodes() {
    assertThat(
            IntStream.range(0, 20)
                .mapToObj(i -> WorkGroupId.of("WG-" + (10 + i)).hashCode())
                .distinct())
        .hasSize(20);
  }
}
