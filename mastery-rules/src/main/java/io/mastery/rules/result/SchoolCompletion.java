package io.mastery.rules.result;

import io.mastery.model.MasteryStyle;
import io.mastery.model.delivery.Completion;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.Urn;
import io.mastery.model.workgroup.WorkGroupId;
import org.immutables.value.Value;

/**
 * Whether a school of a Work Group completed its phase, is on track, or did not complete, judged
 * from the year's delivery log, with the meetings its teachers attended and the meetings completion
 * asks for.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class SchoolCompletion implements Comparable<SchoolCompletion> {

  SchoolCompletion() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the Work Group.
   *
   * @return the group's id, not null
   */
  public abstract WorkGroupId workGroup();

  /**
   * Returns the school.
   *
   * @return the URN, not null
   */
  public abstract Urn school();

  /**
   * Returns the group's stream.
   *
   * @return the stream, not null
   */
  public abstract Stream stream();

  /**
   * Returns the group's phase.
   *
   * @return the phase, not null
   */
  public abstract Phase phase();

  /**
   * Returns whether the school completed the phase.
   *
   * @return the completion, not null
   */
  public abstract Completion completion();

  /**
   * Returns the meetings of the year the school's teachers attended.
   *
   * @return the number, zero or more
   */
  public abstract int attended();

  /**
   * Returns the meetings completion asks for.
   *
   * @return the number, zero or more
   */
  public abstract int needed();

  /**
   * Orders by Work Group, then school.
   *
   * @param other the other, not null
   * @return the comparison
   */
  @Override
  public int compareTo(SchoolCompletion other) {
    int c = workGroup().compareTo(other.workGroup());
    return c != 0 ? c : school().compareTo(other.school());
  }

  /** Builds a {@link SchoolCompletion}; obtain one from {@link SchoolCompletion#builder()}. */
  public static final class Builder extends ImmutableSchoolCompletion.Builder {
    Builder() {}
  }
}
