package io.mastery.model.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

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

@Label("A grid reference")
class GridReferenceProperties {

  @Property
  void holdsAnyPointOnTheGrid(
      @ForAll @IntRange(max = GridReference.MAX_EASTING) int easting,
      @ForAll @IntRange(max = GridReference.MAX_NORTHING) int northing) {
    GridReference point = GridReference.of(easting, northing);
    assertThat(point.easting()).isEqualTo(easting);
    assertThat(point.northing()).isEqualTo(northing);
  }

  @Property
  void rejectsAnEastingOffTheGridQuotingIt(@ForAll("offEasting") int easting) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GridReference.of(easting, 0))
        .withMessage("easting must be from 0 to 700000 metres: " + easting);
  }

  @Property
  void rejectsANorthingOffTheGridQuotingIt(@ForAll("offNorthing") int northing) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GridReference.of(0, northing))
        .withMessage("northing must be from 0 to 1300000 metres: " + northing);
  }

  @Provide
  Arbitrary<Integer> offEasting() {
    return Arbitraries.oneOf(
        Arbitraries.integers().lessOrEqual(-1),
        Arbitraries.integers().greaterOrEqual(GridReference.MAX_EASTING + 1));
  }

  @Provide
  Arbitrary<Integer> offNorthing() {
    return Arbitraries.oneOf(
        Arbitraries.integers().lessOrEqual(-1),
        Arbitraries.integers().greaterOrEqual(GridReference.MAX_NORTHING + 1));
  }

  @Property
  void distanceIsSymmetricZeroToItselfAndObeysTheTriangleInequality(
      @ForAll GridReference a, @ForAll GridReference b, @ForAll GridReference c) {
    assertThat(a.distanceTo(a)).isZero();
    assertThat(a.distanceTo(b)).isEqualTo(b.distanceTo(a));
    assertThat(a.distanceTo(c)).isLessThanOrEqualTo(a.distanceTo(b) + b.distanceTo(c) + 1e-6);
  }

  @Example
  void distanceIsPythagorean() {
    assertThat(GridReference.of(0, 0).distanceTo(GridReference.of(3_000, 4_000)))
        .isCloseTo(5_000.0, within(1e-9));
  }

  @Example
  void isEqualOnlyToTheSamePoint() {
    new EqualsTester()
        .addEqualityGroup(GridReference.of(529_000, 183_000), GridReference.of(529_000, 183_000))
        .addEqualityGroup(GridReference.of(183_000, 529_000))
        .addEqualityGroup(GridReference.of(529_000, 183_001))
        .testEquals();
  }

  @Example
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(GridReference.class, GridReference.of(529_000, 183_000));
  }
}
