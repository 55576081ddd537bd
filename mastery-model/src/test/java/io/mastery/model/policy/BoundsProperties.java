package io.mastery.model.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import io.mastery.model.NullRejection;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Negative;

@Label("Bounds")
class BoundsProperties {

  @Property
  void containExactlyTheValuesFromMinToMax(@ForAll Bounds bounds, @ForAll int value) {
    assertThat(bounds.contains(value)).isEqualTo(value >= bounds.min() && value <= bounds.max());
  }

  @Property
  void holdAnyMinAndMaxWithMaxNotBelowMin(
      @ForAll @IntRange(max = 1000) int min, @ForAll @IntRange(max = 1000) int max) {
    if (max >= min) {
      Bounds bounds = Bounds.of(min, max);
      assertThat(bounds.min()).isEqualTo(min);
      assertThat(bounds.max()).isEqualTo(max);
    } else {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Bounds.of(min, max))
          .withMessage("bounds maximum must not be below the minimum " + min + ": " + max);
    }
  }

  @Property
  void rejectANegativeMinimumQuotingIt(@ForAll @Negative int min) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Bounds.of(min, 10))
        .withMessage("bounds minimum must not be negative: " + min);
    assertThatIllegalArgumentException().isThrownBy(() -> Bounds.exactly(min));
    assertThatIllegalArgumentException().isThrownBy(() -> Bounds.atLeast(min));
  }

  @Property
  void exactlyHoldsOneValue(@ForAll @IntRange(max = 1000) int value, @ForAll int other) {
    Bounds bounds = Bounds.exactly(value);
    assertThat(bounds).isEqualTo(Bounds.of(value, value)).hasToString("exactly " + value);
    assertThat(bounds.contains(other)).isEqualTo(other == value);
  }

  @Property
  void atLeastHasNoUpperEnd(@ForAll @IntRange(max = 1000) int min, @ForAll int value) {
    Bounds bounds = Bounds.atLeast(min);
    assertThat(bounds.max()).isEqualTo(Bounds.UNBOUNDED);
    assertThat(bounds).hasToString("at least " + min);
    assertThat(bounds.contains(value)).isEqualTo(value >= min);
  }

  @Example
  void readsAsSixToSeven() {
    assertThat(Bounds.of(6, 7)).hasToString("6 to 7");
    assertThat(Bounds.of(6, 7).contains(5)).isFalse();
    assertThat(Bounds.of(6, 7).contains(8)).isFalse();
  }

  @Example
  void areEqualOnlyWithTheSameMinAndMax() {
    new EqualsTester()
        .addEqualityGroup(Bounds.of(6, 7), Bounds.of(6, 7))
        .addEqualityGroup(Bounds.exactly(2), Bounds.of(2, 2))
        .addEqualityGroup(Bounds.atLeast(2), Bounds.of(2, Bounds.UNBOUNDED))
        .addEqualityGroup(Bounds.of(6, 8))
        .testEquals();
  }

  @Example
  void rejectNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(Bounds.class, Bounds.of(6, 7));
  }
}
