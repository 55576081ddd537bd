package io.mastery.model.policy;

import static io.mastery.model.testkit.Generators.ints;
import static io.mastery.model.testkit.Generators.intsAtMost;
import static io.mastery.model.testkit.MasteryGen.bounds;
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

@DisplayName("Bounds")
class BoundsProperties {

  @Test
  @DisplayName("contain exactly the values from their minimum to their maximum")
  void containExactlyTheValuesFromMinToMax() {
    qt().forAll(bounds(), ints())
        .checkAssert(
            (bounds, value) ->
                assertThat(bounds.contains(value))
                    .isEqualTo(value >= bounds.min() && value <= bounds.max()));
  }

  @Test
  @DisplayName("hold any minimum and maximum with the maximum not below the minimum")
  void holdAnyMinAndMaxWithMaxNotBelowMin() {
    qt().forAll(integers().between(0, 1000), integers().between(0, 1000))
        .checkAssert(
            (min, max) -> {
              if (max >= min) {
                Bounds bounds = Bounds.of(min, max);
                assertThat(bounds.min()).isEqualTo(min);
                assertThat(bounds.max()).isEqualTo(max);
              } else {
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> Bounds.of(min, max))
                    .withMessage(
                        "bounds maximum must not be below the minimum " + min + ": " + max);
              }
            });
  }

  @Test
  @DisplayName("refuse a negative minimum, quoting it")
  void rejectANegativeMinimumQuotingIt() {
    qt().forAll(intsAtMost(-1))
        .checkAssert(
            min -> {
              assertThatIllegalArgumentException()
                  .isThrownBy(() -> Bounds.of(min, 10))
                  .withMessage("bounds minimum must not be negative: " + min);
              assertThatIllegalArgumentException().isThrownBy(() -> Bounds.exactly(min));
              assertThatIllegalArgumentException().isThrownBy(() -> Bounds.atLeast(min));
            });
  }

  @Test
  @DisplayName("of exactly one value hold that value alone")
  void exactlyHoldsOneValue() {
    qt().forAll(integers().between(0, 1000), ints())
        .checkAssert(
            (value, other) -> {
              Bounds bounds = Bounds.exactly(value);
              assertThat(bounds).isEqualTo(Bounds.of(value, value)).hasToString("exactly " + value);
              assertThat(bounds.contains(other)).isEqualTo(other.intValue() == value.intValue());
            });
  }

  @Test
  @DisplayName("of at least a value have no upper end")
  void atLeastHasNoUpperEnd() {
    qt().forAll(integers().between(0, 1000), ints())
        .checkAssert(
            (min, value) -> {
              Bounds bounds = Bounds.atLeast(min);
              assertThat(bounds.max()).isEqualTo(Bounds.UNBOUNDED);
              assertThat(bounds).hasToString("at least " + min);
              assertThat(bounds.contains(value)).isEqualTo(value >= min);
            });
  }

  @Test
  @DisplayName("read as \"6 to 7\" and hold neither 5 nor 8")
  void readsAsSixToSeven() {
    assertThat(Bounds.of(6, 7)).hasToString("6 to 7");
    assertThat(Bounds.of(6, 7).contains(5)).isFalse();
    assertThat(Bounds.of(6, 7).contains(8)).isFalse();
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("are equal only with the same minimum and maximum")
  void areEqualOnlyWithTheSameMinAndMax() {
    new EqualsTester()
        .addEqualityGroup(Bounds.of(6, 7), Bounds.of(6, 7))
        .addEqualityGroup(Bounds.exactly(2), Bounds.of(2, 2))
        .addEqualityGroup(Bounds.atLeast(2), Bounds.of(2, Bounds.UNBOUNDED))
        .addEqualityGroup(Bounds.of(6, 8))
        .testEquals();
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("reject nulls, naming the parameter")
  void rejectNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(Bounds.class, Bounds.of(6, 7));
  }
}
