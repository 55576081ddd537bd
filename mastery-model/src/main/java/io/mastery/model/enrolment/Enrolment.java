package io.mastery.model.enrolment;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.delivery.Delivery;
import io.mastery.model.hub.MathsHub;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.WorkGroup;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A hub's enrolments for one academic year: its Mastery Specialists, the phases its schools
 * completed in earlier years, and the Work Groups it proposes for the year. The rule engines judge
 * it; the JSON enrolment file of the public contract maps onto it.
 *
 * <p>Build one with {@link #builder()}. Every Work Group must run in the enrolment's year: that is
 * structural. Anything a rule can report (a group too large, a school in two groups) is accepted
 * here.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class Enrolment {

  Enrolment() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the academic year enrolled for.
   *
   * @return the year, not null
   */
  public abstract AcademicYear academicYear();

  /**
   * Returns the hub enrolling, if given; without it, no check of the hub's area runs.
   *
   * @return the hub, or empty
   */
  public abstract Optional<MathsHub> hub();

  /**
   * Returns the Mastery Specialists known to the hub.
   *
   * @return the specialists, immutable, in the order given, not null
   */
  public abstract List<MasterySpecialist> specialists();

  /**
   * Returns the TRNs of the hub's Mastery Readiness Leads, who may lead Mastery Readiness groups
   * without being Mastery Specialists.
   *
   * @return the TRNs, immutable, in the order given, not null; empty when the file names none
   */
  public abstract List<Trn> readinessLeads();

  /**
   * Returns the phases the hub's schools completed in earlier years.
   *
   * @return the records, immutable, in the order given, not null
   */
  public abstract List<JourneyRecord> history();

  /**
   * Returns the Work Groups proposed for the year.
   *
   * @return the groups, immutable, in the order given, not null
   */
  public abstract List<WorkGroup> workGroups();

  /**
   * Returns the year's delivery log, if given: the groups' meetings, attendance and support visits.
   * Without it, nothing about delivery is judged and no school's completion is said.
   *
   * @return the delivery, or empty
   */
  public abstract Optional<Delivery> delivery();

  /**
   * Returns a copy of this enrolment with a delivery log.
   *
   * @param delivery the log, not null
   * @return the copy, not null
   */
  public Enrolment withDelivery(Delivery delivery) {
    return ImmutableEnrolment.copyOf(this).withDelivery(delivery);
  }

  /**
   * Returns a copy of this enrolment with other Work Groups.
   *
   * @param workGroups the groups, each in this enrolment's year, not null
   * @return the copy, not null
   */
  public Enrolment withWorkGroups(Iterable<? extends WorkGroup> workGroups) {
    return ImmutableEnrolment.copyOf(this).withWorkGroups(workGroups);
  }

  /**
   * Returns a copy of this enrolment with another history.
   *
   * @param history the records, not null
   * @return the copy, not null
   */
  public Enrolment withHistory(Iterable<? extends JourneyRecord> history) {
    return ImmutableEnrolment.copyOf(this).withHistory(history);
  }

  /**
   * Returns a copy of this enrolment with other specialists.
   *
   * @param specialists the specialists, not null
   * @return the copy, not null
   */
  public Enrolment withSpecialists(Iterable<? extends MasterySpecialist> specialists) {
    return ImmutableEnrolment.copyOf(this).withSpecialists(specialists);
  }

  @Value.Check
  void check() {
    for (WorkGroup group : workGroups()) {
      checkArgument(
          group.academicYear().equals(academicYear()),
          "Work Group %s runs in %s, not in the enrolment's year %s",
          group.id(),
          group.academicYear(),
          academicYear());
    }
  }

  /** Builds an {@link Enrolment}; obtain one from {@link Enrolment#builder()}. */
  public static final class Builder extends ImmutableEnrolment.Builder {
    Builder() {}
  }
}
