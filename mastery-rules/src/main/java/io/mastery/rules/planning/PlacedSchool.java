package io.mastery.rules.planning;

import io.mastery.model.school.Urn;
import java.util.Objects;

/**
 * A school placed in a planned Work Group, with its straight-line distance to the group's meeting
 * place.
 *
 * @param urn the school
 * @param distanceMetres the distance from the school to the lead's school, in metres
 */
public record PlacedSchool(Urn urn, double distanceMetres) {

  /** Checks the parts. */
  public PlacedSchool {
    Objects.requireNonNull(urn, "urn");
    if (!(distanceMetres >= 0)) {
      throw new IllegalArgumentException("distance must not be negative: " + distanceMetres);
    }
  }
}
