package io.mastery.model.school;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A location on the British National Grid, in metres east and north of the grid's origin, as the
 * DfE register gives it ({@code Easting}, {@code Northing}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class GridReference {

  /** The largest easting on the grid, in metres. */
  public static final int MAX_EASTING = 700_000;

  /** The largest northing on the grid, in metres. */
  public static final int MAX_NORTHING = 1_300_000;

  GridReference() {}

  /**
   * Obtains a grid reference.
   *
   * @param easting metres east of the origin, 0 to 700,000
   * @param northing metres north of the origin, 0 to 1,300,000
   * @return the grid reference, not null
   * @throws IllegalArgumentException if either value is off the grid
   */
  public static GridReference of(int easting, int northing) {
    return ImmutableGridReference.of(easting, northing);
  }

  /**
   * Returns the metres east of the grid's origin.
   *
   * @return the easting, 0 to 700,000
   */
  @Value.Parameter
  public abstract int easting();

  /**
   * Returns the metres north of the grid's origin.
   *
   * @return the northing, 0 to 1,300,000
   */
  @Value.Parameter
  public abstract int northing();

  /**
   * Returns the straight-line distance to another grid reference, in metres.
   *
   * @param other the other location, not null
   * @return the distance in metres
   */
  public double distanceTo(GridReference other) {
    Objects.requireNonNull(other, "other");
    return Math.hypot(easting() - other.easting(), northing() - other.northing());
  }

  @Value.Check
  void check() {
    checkArgument(
        easting() >= 0 && easting() <= MAX_EASTING,
        "easting must be from 0 to %s metres: %s",
        MAX_EASTING,
        easting());
    checkArgument(
        northing() >= 0 && northing() <= MAX_NORTHING,
        "northing must be from 0 to %s metres: %s",
        MAX_NORTHING,
        northing());
  }
}
