package io.mastery.benchmarks.timefold;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/** A lead's group: it meets at the lead's own school. */
public class Meeting {

  @PlanningId private int id;
  private int easting;
  private int northing;

  /** For Timefold. */
  public Meeting() {}

  /**
   * Creates a meeting place.
   *
   * @param id the id
   * @param easting metres
   * @param northing metres
   */
  public Meeting(int id, int easting, int northing) {
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
   * Returns the easting.
   *
   * @return metres
   */
  public int getEasting() {
    return easting;
  }

  /**
   * Returns the northing.
   *
   * @return metres
   */
  public int getNorthing() {
    return northing;
  }
}
