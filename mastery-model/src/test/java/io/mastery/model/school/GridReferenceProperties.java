package io.mastery.model.school;

import static io.mastery.model.testkit.Generators.intsAtLeast;
import static io.mastery.model.testkit.Generators.intsAtMost;
import static io.mastery.model.testkit.Generators.oneOf;
import static io.mastery.model.testkit.MasteryGen.gridReferences;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import io.mastery.model.NullRejection;
import io.mastery.model.testkit.Area;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("A grid reference")
class GridReferenceProperties {

  @Test
  @DisplayName("holds any point on the grid")
  void holdsAnyPointOnTheGrid() {
    qt().forAll(
            integers().between(0, GridReference.MAX_EASTING),
            integers().between(0, GridReference.MAX_NORTHING))
        .checkAssert(
            (easting, northing) -> {
              GridReference point = GridReference.of(easting, northing);
              assertThat(point.easting()).isEqualTo(easting);
              assertThat(point.northing()).isEqualTo(northing);
            });
  }

  @Test
  @DisplayName("refuses an easting off the grid, quoting it")
  void rejectsAnEastingOffTheGridQuotingIt() {
    qt().forAll(offEasting())
        .checkAssert(
            easting ->
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> GridReference.of(easting, 0))
                    .withMessage("easting must be from 0 to 700000 metres: " + easting));
  }

  @Test
  @DisplayName("refuses a northing off the grid, quoting it")
  void rejectsANorthingOffTheGridQuotingIt() {
    qt().forAll(offNorthing())
        .checkAssert(
            northing ->
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> GridReference.of(0, northing))
                    .withMessage("northing must be from 0 to 1300000 metres: " + northing));
  }

  private static Gen<Integer> offEasting() {
    return oneOf(intsAtMost(-1), intsAtLeast(GridReference.MAX_EASTING + 1));
  }

  private static Gen<Integer> offNorthing() {
    return oneOf(intsAtMost(-1), intsAtLeast(GridReference.MAX_NORTHING + 1));
  }

  @Test
  @DisplayName("is at a distance symmetric, zero to itself and obeying the triangle inequality")
  void distanceIsSymmetricZeroToItselfAndObeysTheTriangleInequality() {
    qt().forAll(gridReferences(), gridReferences(), gridReferences())
        .checkAssert(
            (a, b, c) -> {
              assertThat(a.distanceTo(a)).isZero();
              assertThat(a.distanceTo(b)).isEqualTo(b.distanceTo(a));
              assertThat(a.distanceTo(c))
                  .isLessThanOrEqualTo(a.distanceTo(b) + b.distanceTo(c) + 1e-6);
            });
  }

  @Test
  @DisplayName("is at a Pythagorean distance: 3 km east and 4 km north is 5 km away")
  void distanceIsPythagorean() {
    assertThat(GridReference.of(0, 0).distanceTo(GridReference.of(3_000, 4_000)))
        .isCloseTo(5_000.0, within(1e-9));
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("is equal only to the same point")
  void isEqualOnlyToTheSamePoint() {
    new EqualsTester()
        .addEqualityGroup(GridReference.of(529_000, 183_000), GridReference.of(529_000, 183_000))
        .addEqualityGroup(GridReference.of(183_000, 529_000))
        .addEqualityGroup(GridReference.of(529_000, 183_001))
        .testEquals();
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("rejects nulls, naming the parameter")
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(GridReference.class, GridReference.of(529_000, 183_000));
  }
}
