package io.mastery.benchmarks.timefold;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Schools to place in groups meeting at leads' schools: the solution Timefold improves. */
@PlanningSolution
public class GroupingSolution {

  @ProblemFactCollectionProperty
  @ValueRangeProvider(id = "meetings")
  private List<Meeting> meetings = new ArrayList<>();

  @PlanningEntityCollectionProperty private List<Visit> visits = new ArrayList<>();

  @PlanningScore private @Nullable HardSoftLongScore score;

  /** For Timefold. */
  public GroupingSolution() {}

  /**
   * Creates the problem.
   *
   * @param meetings the leads' meeting places
   * @param visits the schools
   */
  public GroupingSolution(List<Meeting> meetings, List<Visit> visits) {
    this.meetings = meetings;
    this.visits = visits;
  }

  /**
   * Returns the meetings.
   *
   * @return the meetings
   */
  public List<Meeting> getMeetings() {
    return meetings;
  }

  /**
   * Returns the schools.
   *
   * @return the schools
   */
  public List<Visit> getVisits() {
    return visits;
  }

  /**
   * Returns the score.
   *
   * @return the score, null before solving
   */
  public @Nullable HardSoftLongScore getScore() {
    return score;
  }

  /**
   * Sets the score.
   *
   * @param score the score
   */
  public void setScore(@Nullable HardSoftLongScore score) {
    this.score = score;
  }
}
