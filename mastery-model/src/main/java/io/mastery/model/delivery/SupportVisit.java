package io.mastery.model.delivery;

import io.mastery.model.MasteryStyle;
import io.mastery.model.school.Urn;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One support visit by a Work Group's lead to one of its schools: "Each school gets a termly
 * bespoke support visit by the Mastery Specialist".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class SupportVisit {

  SupportVisit() {}

  /**
   * Obtains a visit.
   *
   * @param school the school visited, by URN, not null
   * @param date the day of the visit, not null
   * @return the visit, not null
   */
  public static SupportVisit of(Urn school, LocalDate date) {
    return ImmutableSupportVisit.of(school, date);
  }

  /**
   * Returns the school visited.
   *
   * @return the URN, not null
   */
  @Value.Parameter
  public abstract Urn school();

  /**
   * Returns the day of the visit.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate date();
}
