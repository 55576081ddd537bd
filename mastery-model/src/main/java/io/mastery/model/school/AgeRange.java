package io.mastery.model.school;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import org.immutables.value.Value;

/**
 * The statutory age range of an establishment's pupils, in whole years, both ends inclusive, as
 * the DfE register gives it ({@code StatutoryLowAge}, {@code StatutoryHighAge}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class AgeRange {

  /** The highest age accepted. */
  public static final int MAX_AGE = 99;

  AgeRange() {}

  /**
   * Obtains an age range.
   *
   * @param low the youngest age, 0 to 99
   * @param high the oldest age, from {@code low} to 99
   * @return the age range, not null
   * @throws IllegalArgumentException if an age is out of range or high is below low
   */
  public static AgeRange of(int low, int high) {
    return ImmutableAgeRange.of(low, high);
  }

  /**
   * Returns the youngest age.
   *
   * @return the low age
   */
  @Value.Parameter
  public abstract int low();

  /**
   * Returns the oldest age.
   *
   * @return the high age, not below the low age
   */
  @Value.Parameter
  public abstract int high();

  /**
   * Checks whether this range shares at least one year of age with another, both inclusive.
   *
   * @param low the other range's youngest age
   * @param high the other range's oldest age
   * @return true if the ranges overlap
   * @throws IllegalArgumentException if {@code high} is below {@code low}
   */
  public boolean overlaps(int low, int high) {
    checkArgument(low <= high, "low age must not exceed high age: %s to %s", low, high);
    return low() <= high && low <= high();
  }

  @Value.Check
  void check() {
    checkArgument(low() >= 0 && low() <= MAX_AGE, "low age must be from 0 to 99: %s", low());
    checkArgument(high() >= 0 && high() <= MAX_AGE, "high age must be from 0 to 99: %s", high());
    checkArgument(
        low() <= high(), "low age must not exceed high age: %s to %s", low(), high());
  }

  @Override
  public String toString() {
    return low() + "-" + high();
  }
}
