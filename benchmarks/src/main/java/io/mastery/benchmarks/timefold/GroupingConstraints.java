package io.mastery.benchmarks.timefold;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * The programme's rules as a hub would have to write them for a general solver: a group that
 * meets has 6 to 7 schools (hard), and travel is short (soft, metres).
 */
public class GroupingConstraints implements ConstraintProvider {

  /** The smallest group. */
  public static final int MIN = 6;

  /** The largest group. */
  public static final int MAX = 7;

  /**
   * How much more a school over the largest size weighs than one short of the smallest: with equal
   * weights the construction heuristic puts every school in one group (opening a second group
   * costs more than one school too many) and local search cannot leave it.
   */
  public static final int OVER_WEIGHT = 10;

  /** For Timefold. */
  public GroupingConstraints() {}

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      factory
          .forEach(Visit.class)
          .groupBy(Visit::getMeeting, ConstraintCollectors.count())
          .filter((meeting, count) -> count < MIN)
          .penalize(HardSoftLongScore.ONE_HARD, (meeting, count) -> MIN - count)
          .asConstraint("group too small"),
      factory
          .forEach(Visit.class)
          .groupBy(Visit::getMeeting, ConstraintCollectors.count())
          .filter((meeting, count) -> count > MAX)
          .penalize(HardSoftLongScore.ONE_HARD, (meeting, count) -> OVER_WEIGHT * (count - MAX))
          .asConstraint("group too large"),
      factory
          .forEach(Visit.class)
          .penalizeLong(HardSoftLongScore.ONE_SOFT, Visit::distanceMetres)
          .asConstraint("travel")
    };
  }
}
