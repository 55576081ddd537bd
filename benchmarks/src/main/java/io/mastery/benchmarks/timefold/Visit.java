package io.mastery.benchmarks.timefold;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.jspecify.annotations.Nullable;

/** A school that travels to the meeting of the group it is put in. */
@PlanningEntity
public class Visit {

  @PlanningId private int id;
  private int easting;
  private int northing;

  @PlanningVariable(valueRangeProviderRefs = "meetings")
  private @Nullable Meeting meeting;

  /** For Timefold. */
  public Visit() {}

  /**
   * Creates a school to place.
   *
   * @param id the id
   * @param easting metres
   * @param northing metres
   */
  public Visit(int id, int easting, int northing) {
    this.id = id;
    this.easting = easting;
    this.northing = northing;
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public int getId() {
    return id;
  }

  /**
   * Returns the group's meeting, if placed.
   *
   * @return the meeting
   */
  public @Nullable Meeting getMeeting() {
    return meeting;
  }

  /**
   * Places the school.
   *
   * @param meeting the meeting
   */
  public void setMeeting(@Nullable Meeting meeting) {
    this.meeting = meeting;
  }

  /**
   * Returns the distance to the meeting, in metres, rounded.
   *
   * @return metres, 0 if not placed
   */
  public long distanceMetres() {
    Meeting m = meeting;
    return m == null ? 0 : Math.round(Math.hypot(easting - m.getEasting(), northing - m.getNorthing()));
  }

  /**
   * Returns the exact distance to the meeting.
   *
   * @return metres, 0 if not placed
   */
  public double exactDistanceMetres() {
    Meeting m = meeting;
    return m == null ? 0 : Math.hypot(easting - m.getEasting(), northing - m.getNorthing());
  }
}
