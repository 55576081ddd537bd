package io.mastery.rules.planning;

/**
 * How good a plan is: its total and worst travel, and a lower bound no plan of the same schools
 * can beat (each placed school's distance to its nearest eligible lead, capacity ignored).
 *
 * @param totalTravelMetres the sum of every placed school's distance to its meeting place
 * @param worstTravelMetres the longest distance of a placed school to its meeting place
 * @param lowerBoundMetres the sum of every placed school's distance to its nearest eligible lead
 */
public record PlanQuality(
    double totalTravelMetres, double worstTravelMetres, double lowerBoundMetres) {

  /**
   * Returns how far the total travel is above the lower bound, as a share of the bound: 0.05 is
   * 5% above; 0 when the bound is 0.
   *
   * @return the gap, 0 or more
   */
  public double gap() {
    return lowerBoundMetres > 0 ? Math.max(0, totalTravelMetres / lowerBoundMetres - 1) : 0;
  }
}
