package io.mastery.model.delivery;

import io.mastery.model.MasteryStyle;
import io.mastery.model.workgroup.WorkGroupId;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * What one Work Group delivered in its year: its meetings, with who attended, and its support
 * visits to its schools.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class GroupDelivery {

  GroupDelivery() {}

  /**
   * Obtains a group's delivery.
   *
   * @param workGroup the Work Group's id, not null
   * @param meetings its meetings, in any order, not null
   * @param visits its support visits, in any order, not null
   * @return the delivery, not null
   */
  public static GroupDelivery of(
      WorkGroupId workGroup,
      Iterable<? extends Meeting> meetings,
      Iterable<? extends SupportVisit> visits) {
    Objects.requireNonNull(meetings, "meetings");
    Objects.requireNonNull(visits, "visits");
    return ImmutableGroupDelivery.of(workGroup, meetings, visits);
  }

  /**
   * Returns the Work Group's id.
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract WorkGroupId workGroup();

  /**
   * Returns the group's meetings.
   *
   * @return the meetings, immutable, in the order given, not null
   */
  @Value.Parameter
  public abstract List<Meeting> meetings();

  /**
   * Returns the group's support visits.
   *
   * @return the visits, immutable, in the order given, not null
   */
  @Value.Parameter
  public abstract List<SupportVisit> visits();

  /**
   * Returns a copy with other meetings.
   *
   * @param meetings the meetings, not null
   * @return the copy, not null
   */
  public GroupDelivery withMeetings(Iterable<? extends Meeting> meetings) {
    return ImmutableGroupDelivery.copyOf(this).withMeetings(meetings);
  }

  /**
   * Returns a copy with other visits.
   *
   * @param visits the visits, not null
   * @return the copy, not null
   */
  public GroupDelivery withVisits(Iterable<? extends SupportVisit> visits) {
    return ImmutableGroupDelivery.copyOf(this).withVisits(visits);
  }
}
