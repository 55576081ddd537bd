package io.mastery.rules.planning;

import com.google.common.collect.ImmutableList;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.WorkGroupId;
import java.util.List;
import java.util.Objects;

/**
 * A Work Group of a plan: its lead, where it meets (the lead's own school) and its schools.
 *
 * @param id the group's id in the plan
 * @param lead the Mastery Specialist who leads it
 * @param meetingPlace the lead's own school, where the group meets
 * @param schools the schools, by URN
 */
public record PlannedGroup(WorkGroupId id, Trn lead, Urn meetingPlace, List<PlacedSchool> schools) {

  /** Checks the parts and copies the schools. */
  public PlannedGroup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(meetingPlace, "meetingPlace");
    schools = ImmutableList.copyOf(schools);
  }

  /**
   * Returns the group's total travel: the sum of its schools' distances to the meeting place.
   *
   * @return metres
   */
  public double travelMetres() {
    return schools.stream().mapToDouble(PlacedSchool::distanceMetres).sum();
  }
}
