package io.mastery.model.policy;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import org.immutables.value.Value;

/**
 * An inclusive range of whole numbers, such as "6 to 7 schools", possibly with no upper end.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class Bounds {

  /** The upper end of a range that has none. */
  public static final int UNBOUNDED = Integer.MAX_VALUE;

  Bounds() {}

  /**
   * Obtains the range from {@code min} to {@code max}, both inclusive.
   *
   * @param min the lowest value, 0 or more
   * @param max the highest value, not below {@code min}
   * @return the range, not null
   * @throws IllegalArgumentException if min is negative or max is below min
   */
  public static Bounds of(int min, int max) {
    return ImmutableBounds.of(min, max);
  }

  /**
   * Obtains the range holding exactly one value.
   *
   * @param value the value, 0 or more
   * @return the range, not null
   * @throws IllegalArgumentException if the value is negative
   */
  public static Bounds exactly(int value) {
    return of(value, value);
  }

  /**
   * Obtains the range from {@code min} with no upper end.
   *
   * @param min the lowest value, 0 or more
   * @return the range, not null
   * @throws IllegalArgumentException if min is negative
   */
  public static Bounds atLeast(int min) {
    return of(min, UNBOUNDED);
  }

  /**
   * Returns the lowest value.
   *
   * @return the minimum, 0 or more
   */
  @Value.Parameter
  public abstract int min();

  /**
   * Returns the highest value, {@link #UNBOUNDED} if the range has no upper end.
   *
   * @return the maximum, not below the minimum
   */
  @Value.Parameter
  public abstract int max();

  /**
   * Checks whether the value lies in the range.
   *
   * @param value the value
   * @return true if {@code min <= value <= max}
   */
  public boolean contains(int value) {
    return value >= min() && value <= max();
  }

  @Value.Check
  void check() {
    checkArgument(min() >= 0, "bounds minimum must not be negative: %s", min());
    checkArgument(
        max() >= min(), "bounds maximum must not be below the minimum %s: %s", min(), max());
  }

  /**
   * Returns the range in words: "6 to 7", "exactly 2" or "at least 1".
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    if (max() == UNBOUNDED) {
      return "at least " + min();
    }
    return min() == max() ? "exactly " + min() : min() + " to " + max();
  }
}
