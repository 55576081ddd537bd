package io.mastery.rules.engine;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.WorkGroupId;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One broken rule: its stable code, its severity, the subjects it concerns (a Work Group, a school,
 * a teacher, each where relevant) and a message that names the values involved.
 *
 * <p>Codes are public API (see the rule catalogue): a code once published is never renamed or
 * reused, so callers may map codes to their own messages.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class Violation implements Comparable<Violation> {

  private static final Pattern CODE = Pattern.compile("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*");

  Violation() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the rule's stable code, such as {@code workgroup.size}.
   *
   * @return the code, not null
   */
  public abstract String rule();

  /**
   * Returns the severity.
   *
   * @return the severity, not null
   */
  public abstract Severity severity();

  /**
   * Returns the Work Group concerned.
   *
   * @return the group's identifier, or empty if the violation concerns no one group
   */
  public abstract Optional<WorkGroupId> workGroup();

  /**
   * Returns the school concerned.
   *
   * @return the school's URN, or empty if no one school is concerned
   */
  public abstract Optional<Urn> school();

  /**
   * Returns the teacher concerned.
   *
   * @return the teacher's TRN, or empty if no one teacher is concerned
   */
  public abstract Optional<Trn> teacher();

  /**
   * Returns a message for people that names the values involved.
   *
   * @return the message, not blank
   */
  public abstract String message();

  /**
   * Checks whether this violation makes the enrolment invalid.
   *
   * @return true for an {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /**
   * Orders violations by Work Group (none first), school, teacher, rule and message, so that a
   * decision's list is the same whatever order the enrolment came in.
   *
   * @param other the other violation, not null
   * @return the comparison
   */
  @Override
  public int compareTo(Violation other) {
    int c = compareOptional(workGroup(), other.workGroup());
    if (c == 0) {
      c = compareOptional(school(), other.school());
    }
    if (c == 0) {
      c = compareOptional(teacher(), other.teacher());
    }
    if (c == 0) {
      c = rule().compareTo(other.rule());
    }
    return c != 0 ? c : message().compareTo(other.message());
  }

  private static <T extends Comparable<T>> int compareOptional(Optional<T> a, Optional<T> b) {
    if (a.isPresent() && b.isPresent()) {
      return a.get().compareTo(b.get());
    }
    return Boolean.compare(a.isPresent(), b.isPresent());
  }

  @Value.Check
  void check() {
    checkArgument(
        CODE.matcher(rule()).matches(),
        "rule code must be lower-case words joined by a dot, such as workgroup.size: \"%s\"",
        rule());
    checkArgument(!message().isBlank(), "violation message must not be blank");
  }

  @Override
  public String toString() {
    return severity() + " " + rule() + ": " + message();
  }

  /** Builds a {@link Violation}; obtain one from {@link Violation#builder()}. */
  public static final class Builder extends ImmutableViolation.Builder {
    Builder() {}
  }
}
