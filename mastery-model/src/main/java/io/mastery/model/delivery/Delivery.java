package io.mastery.model.delivery;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.calendar.HalfTerm;
import io.mastery.model.calendar.Term;
import io.mastery.model.workgroup.WorkGroupId;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A hub's delivery log for its year: for each Work Group its meetings, who attended them, and its
 * support visits; and the day the log is judged as of. Only half-terms and terms that have ended by
 * that day (see {@link DeliveryCalendar}) are judged, so a hub can judge its log every week; a log
 * with no such day is judged as of the end of the year.
 *
 * <p>Build one with {@link #builder()}. A Work Group appears at most once: that is structural.
 * Anything a rule can report (a meeting outside the year, a teacher not in the group) is accepted
 * here.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class Delivery {

  Delivery() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the day the log is judged as of.
   *
   * @return the day, or empty to judge the whole year
   */
  public abstract Optional<LocalDate> asOf();

  /**
   * Returns each Work Group's delivery.
   *
   * @return the groups' deliveries, immutable, in the order given, not null
   */
  public abstract List<GroupDelivery> workGroups();

  /**
   * Finds a Work Group's delivery.
   *
   * @param id the group's id, not null
   * @return the delivery, or empty if the log has none for the group
   */
  public Optional<GroupDelivery> workGroup(WorkGroupId id) {
    for (GroupDelivery group : workGroups()) {
      if (group.workGroup().equals(id)) {
        return Optional.of(group);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a copy judged as of another day.
   *
   * @param day the day, not null
   * @return the copy, not null
   */
  public Delivery withAsOf(LocalDate day) {
    return ImmutableDelivery.copyOf(this).withAsOf(day);
  }

  /**
   * Returns a copy with other groups' deliveries.
   *
   * @param groups the deliveries, each group once, not null
   * @return the copy, not null
   */
  public Delivery withWorkGroups(Iterable<? extends GroupDelivery> groups) {
    return ImmutableDelivery.copyOf(this).withWorkGroups(groups);
  }

  /**
   * Checks whether a half-term of the year is judged: it has ended by the day the log is judged
   * as of, or the log has no such day.
   *
   * @param year the academic year, not null
   * @param halfTerm the half-term, not null
   * @return true if judged
   */
  public boolean judges(AcademicYear year, HalfTerm halfTerm) {
    return asOf().map(day -> DeliveryCalendar.hasEnded(year, halfTerm, day)).orElse(true);
  }

  /**
   * Checks whether a term of the year is judged: it has ended by the day the log is judged as of,
   * or the log has no such day.
   *
   * @param year the academic year, not null
   * @param term the term, not null
   * @return true if judged
   */
  public boolean judges(AcademicYear year, Term term) {
    return judges(year, HalfTerm.of(term, 2));
  }

  @Value.Check
  void check() {
    Set<WorkGroupId> seen = new HashSet<>();
    for (GroupDelivery group : workGroups()) {
      checkArgument(
          seen.add(group.workGroup()),
          "Work Group %s has two delivery records",
          group.workGroup().value());
    }
  }

  /** Builds a {@link Delivery}; obtain one from {@link Delivery#builder()}. */
  public static final class Builder extends ImmutableDelivery.Builder {
    Builder() {}
  }
}
