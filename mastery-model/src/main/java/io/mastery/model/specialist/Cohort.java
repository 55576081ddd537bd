package io.mastery.model.specialist;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import io.mastery.model.programme.Stream;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A year's intake of Mastery Specialists in one stream, numbered from 1.
 *
 * <p>Primary cohort 1 trained in 2015/16. Which year a cohort trains in is edition data: see the
 * policy's stream rules.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class Cohort implements Comparable<Cohort> {

  /** The highest cohort number accepted. */
  public static final int MAX_NUMBER = 999;

  Cohort() {}

  /**
   * Obtains a cohort.
   *
   * @param stream the stream, not null
   * @param number the cohort's number, from 1 to 999
   * @return the cohort, not null
   * @throws IllegalArgumentException if the number is out of range
   */
  public static Cohort of(Stream stream, int number) {
    return ImmutableCohort.of(stream, number);
  }

  /**
   * Returns the stream.
   *
   * @return the stream, not null
   */
  @Value.Parameter
  public abstract Stream stream();

  /**
   * Returns the cohort's number within its stream.
   *
   * @return the number, 1 or more
   */
  @Value.Parameter
  public abstract int number();

  /**
   * Compares by stream, then by number.
   *
   * @param other the other cohort, not null
   * @return the comparison
   */
  @Override
  public int compareTo(Cohort other) {
    Objects.requireNonNull(other, "other");
    int byStream = stream().compareTo(other.stream());
    return byStream != 0 ? byStream : Integer.compare(number(), other.number());
  }

  @Value.Check
  void check() {
    checkArgument(
        number() >= 1 && number() <= MAX_NUMBER,
        "cohort number must be from 1 to %s: %s",
        MAX_NUMBER,
        number());
  }

  @Override
  public String toString() {
    return stream() + " cohort " + number();
  }
}
