package io.mastery.model.delivery;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import io.mastery.model.calendar.HalfTerm;
import io.mastery.model.teacher.Trn;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One meeting of a Work Group: its date, the half-term it is the group's meeting for, and the
 * teachers who attended, by TRN. Development Work Groups meet once every half-term.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class Meeting {

  Meeting() {}

  /**
   * Obtains a meeting.
   *
   * @param date the day it was held, not null
   * @param halfTerm the half-term it is the meeting of, not null
   * @param attended the TRNs of the teachers who attended, each once, not null
   * @return the meeting, not null
   * @throws IllegalArgumentException if a TRN is given twice
   */
  public static Meeting of(LocalDate date, HalfTerm halfTerm, Iterable<? extends Trn> attended) {
    Objects.requireNonNull(attended, "attended");
    return ImmutableMeeting.of(date, halfTerm, attended);
  }

  /**
   * Returns the day the meeting was held.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns the half-term the meeting is the group's meeting for.
   *
   * @return the half-term, not null
   */
  @Value.Parameter
  public abstract HalfTerm halfTerm();

  /**
   * Returns the teachers who attended.
   *
   * @return the TRNs, immutable, in the order given, not null
   */
  @Value.Parameter
  public abstract List<Trn> attended();

  @Value.Check
  void check() {
    Set<Trn> seen = new HashSet<>();
    for (Trn trn : attended()) {
      checkArgument(
          seen.add(trn), "teacher %s is listed twice at the meeting of %s", trn.value(), date());
    }
  }
}
