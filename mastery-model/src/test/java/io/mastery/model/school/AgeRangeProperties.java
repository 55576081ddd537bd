package io.mastery.model.school;

import static io.mastery.model.testkit.Generators.booleans;
import static io.mastery.model.testkit.Generators.intsAtLeast;
import static io.mastery.model.testkit.Generators.intsAtMost;
import static io.mastery.model.testkit.Generators.oneOf;
import static io.mastery.model.testkit.MasteryGen.ageRanges;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import io.mastery.model.NullRejection;
import io.mastery.model.testkit.Area;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("A statutory age range")
class AgeRangeProperties {

  @Test
  @DisplayName("holds any ages from 0 to 99, the low age not above the high age")
  void holdsAnyAgesFrom0To99LowNotAboveHigh() {
    qt().forAll(integers().between(0, 99), integers().between(0, 99))
        .checkAssert(
            (low, high) -> {
              if (low <= high) {
                AgeRange range = AgeRange.of(low, high);
                assertThat(range.low()).isEqualTo(low);
                assertThat(range.high()).isEqualTo(high);
                assertThat(range).hasToString(low + "-" + high);
              } else {
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> AgeRange.of(low, high))
                    .withMessage("low age must not exceed high age: " + low + " to " + high);
              }
            });
  }

  @Test
  @DisplayName("refuses ages outside 0 to 99, quoting them")
  void rejectsAgesOutside0To99QuotingThem() {
    qt().forAll(offRange(), booleans())
        .checkAssert(
            (age, asLow) -> {
              int low = asLow ? age : 0;
              int high = asLow ? 99 : age;
              assertThatIllegalArgumentException()
                  .isThrownBy(() -> AgeRange.of(low, high))
                  .withMessageContaining("age")
                  .withMessageContaining(String.valueOf(age));
            });
  }

  private static Gen<Integer> offRange() {
    return oneOf(intsAtMost(-1), intsAtLeast(100));
  }

  @Test
  @DisplayName("overlaps another range when they share a year of age")
  void overlapsARangeWhenTheyShareAYearOfAge() {
    qt().forAll(ageRanges(), ageRanges())
        .checkAssert(
            (range, other) -> {
              boolean shared = false;
              for (int age = 0; age <= AgeRange.MAX_AGE; age++) {
                shared |=
                    age >= range.low()
                        && age <= range.high()
                        && age >= other.low()
                        && age <= other.high();
              }
              assertThat(range.overlaps(other.low(), other.high())).isEqualTo(shared);
              assertThat(other.overlaps(range.low(), range.high())).isEqualTo(shared);
            });
  }

  @Test
  @DisplayName("a primary school (3-11) overlaps 5-11 and 11-16, a nursery (2-5) not 11-16")
  void primaryAndNurseryExamples() {
    assertThat(AgeRange.of(3, 11).overlaps(5, 11)).isTrue();
    assertThat(AgeRange.of(3, 11).overlaps(11, 16)).isTrue();
    assertThat(AgeRange.of(2, 5).overlaps(11, 16)).isFalse();
  }

  @Test
  @DisplayName("refuses to compare with an inverted range, quoting it")
  void rejectsAnInvertedRangeToOverlap() {
    qt().forAll(ageRanges(), integers().between(0, 99))
        .checkAssert(
            (range, a) -> {
              if (a > 0) {
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> range.overlaps(a, a - 1))
                    .withMessageContaining(a + " to " + (a - 1));
              }
            });
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("is equal only to the same ages")
  void isEqualOnlyToTheSameAges() {
    new EqualsTester()
        .addEqualityGroup(AgeRange.of(4, 11), AgeRange.of(4, 11))
        .addEqualityGroup(AgeRange.of(4, 12))
        .addEqualityGroup(AgeRange.of(3, 11))
        .testEquals();
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("rejects nulls, naming the parameter")
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(AgeRange.class, AgeRange.of(4, 11));
  }
}
