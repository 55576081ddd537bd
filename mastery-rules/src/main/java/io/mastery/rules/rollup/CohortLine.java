package io.mastery.rules.rollup;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import io.mastery.model.specialist.Cohort;
import io.mastery.rules.progression.Stage;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a hub's specialists by cohort: the cohort, the stage its specialists are at in the
 * year, and how many the hub has.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class CohortLine implements Comparable<CohortLine> {

  CohortLine() {}

  /**
   * Obtains a line.
   *
   * @param cohort the cohort, not null
   * @param stage the stage in the year, empty if the edition has no programme for the stream
   * @param specialists how many specialists, 1 or more
   * @return the line, not null
   * @throws IllegalArgumentException if the count is below 1
   */
  public static CohortLine of(Cohort cohort, Optional<Stage> stage, int specialists) {
    return ImmutableCohortLine.builder()
        .cohort(cohort)
        .stage(stage)
        .specialists(specialists)
        .build();
  }

  /**
   * Returns the cohort.
   *
   * @return the cohort, not null
   */
  public abstract Cohort cohort();

  /**
   * Returns the stage the cohort is at in the year.
   *
   * @return the stage, or empty if the edition has no programme for the cohort's stream
   */
  public abstract Optional<Stage> stage();

  /**
   * Returns how many of the hub's specialists are in the cohort.
   *
   * @return the count, 1 or more
   */
  public abstract int specialists();

  /**
   * Orders lines by cohort.
   *
   * @param other the other line, not null
   * @return the comparison
   */
  @Override
  public int compareTo(CohortLine other) {
    return cohort().compareTo(other.cohort());
  }

  @Value.Check
  void check() {
    checkArgument(
        specialists() >= 1, "a cohort line counts 1 specialist or more: %s", specialists());
  }
}
