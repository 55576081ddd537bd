package io.mastery.rules.check;

import io.mastery.model.school.Urn;
import java.util.Objects;

/**
 * One listing of a teacher: the Work Group and the school that sends them.
 *
 * @param group the group, not null
 * @param school the school's URN, not null
 */
public record TeacherPlace(EnrolledGroup group, Urn school) {

  /** Checks that no part is null. */
  public TeacherPlace {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(school, "school");
  }
}
