package io.mastery.model.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import io.mastery.model.NullRejection;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

@Label("A statutory age range")
class AgeRangeProperties {

  @Property
  void holdsAnyAgesFrom0To99LowNotAboveHigh(
      @ForAll @IntRange(max = 99) int low, @ForAll @IntRange(max = 99) int high) {
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
  }

  @Property
  void rejectsAgesOutside0To99QuotingThem(@ForAll("offRange") int age, @ForAll boolean asLow) {
    int low = asLow ? age : 0;
    int high = asLow ? 99 : age;
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AgeRange.of(low, high))
        .withMessageContaining("age")
        .withMessageContaining(String.valueOf(age));
  }

  @Provide
  Arbitrary<Integer> offRange() {
    return Arbitraries.oneOf(
        Arbitraries.integers().lessOrEqual(-1), Arbitraries.integers().greaterOrEqual(100));
  }

  @Property
  void overlapsARangeWhenTheyShareAYearOfAge(@ForAll AgeRange range, @ForAll AgeRange other) {
    boolean shared = false;
    for (int age = 0; age <= AgeRange.MAX_AGE; age++) {
      shared |=
          age >= range.low() && age <= range.high() && age >= other.low() && age <= other.high();
    }
    assertThat(range.overlaps(other.low(), other.high())).isEqualTo(shared);
    assertThat(other.overlaps(range.low(), range.high())).isEqualTo(shared);
  }

  @Example
  @Label("a primary school (3-11) overlaps 5-11 and 11-16, a nursery (2-5) not 11-16")
  void primaryAndNurseryExamples() {
    assertThat(AgeRange.of(3, 11).overlaps(5, 11)).isTrue();
    assertThat(AgeRange.of(3, 11).overlaps(11, 16)).isTrue();
    assertThat(AgeRange.of(2, 5).overlaps(11, 16)).isFalse();
  }

  @Property
  void rejectsAnInvertedRangeToOverlap(@ForAll AgeRange range, @ForAll @IntRange(max = 99) int a) {
    if (a > 0) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> range.overlaps(a, a - 1))
          .withMessageContaining(a + " to " + (a - 1));
    }
  }

  @Example
  void isEqualOnlyToTheSameAges() {
    new EqualsTester()
        .addEqualityGroup(AgeRange.of(4, 11), AgeRange.of(4, 11))
        .addEqualityGroup(AgeRange.of(4, 12))
        .addEqualityGroup(AgeRange.of(3, 11))
        .testEquals();
  }

  @Example
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(AgeRange.class, AgeRange.of(4, 11));
  }
}
