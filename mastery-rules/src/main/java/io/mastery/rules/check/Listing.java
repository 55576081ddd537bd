package io.mastery.rules.check;

import io.mastery.model.school.School;
import io.mastery.model.school.Urn;
import java.util.Objects;
import java.util.Optional;

/**
 * A school as one Work Group lists it: its URN, what the school register says of it, and how many
 * times the group lists it.
 *
 * @param urn the school's URN, not null
 * @param school the register's entry, or empty if the register has none
 * @param times how many times the group lists the URN, at least 1
 */
public record Listing(Urn urn, Optional<School> school, int times) {

  /** Checks that no part is null and the count is positive. */
  public Listing {
    Objects.requireNonNull(urn, "urn");
    Objects.requireNonNull(school, "school");
    if (times < 1) {
      throw new IllegalArgumentException("a school is listed at least once: " + times);
    }
  }
}
