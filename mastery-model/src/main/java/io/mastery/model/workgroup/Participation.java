package io.mastery.model.workgroup;

import io.mastery.model.MasteryStyle;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One school's place in a Work Group: the school and the teachers it sends.
 *
 * <p>How many teachers a school must send is a rule of the policy edition, checked by the rule
 * engines; any number, repeated teachers included, can be held here so that they can be reported.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class Participation {

  Participation() {}

  /**
   * Obtains a participation.
   *
   * @param school the school's URN, not null
   * @param teachers the teachers the school sends, in order, not null
   * @return the participation, not null
   */
  public static Participation of(Urn school, Iterable<? extends Trn> teachers) {
    Objects.requireNonNull(teachers, "teachers");
    return ImmutableParticipation.of(school, teachers);
  }

  /**
   * Obtains a participation.
   *
   * @param school the school's URN, not null
   * @param teachers the teachers the school sends, in order, not null
   * @return the participation, not null
   */
  public static Participation of(Urn school, Trn... teachers) {
    Objects.requireNonNull(teachers, "teachers");
    return ImmutableParticipation.of(school, List.of(teachers));
  }

  /**
   * Returns the school's URN.
   *
   * @return the URN, not null
   */
  @Value.Parameter
  public abstract Urn school();

  /**
   * Returns the teachers the school sends.
   *
   * @return the TRNs, immutable, in the order given, not null
   */
  @Value.Parameter
  public abstract List<Trn> teachers();
}
