package io.mastery.rules.result;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.WorkGroupId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One broken rule: its stable code, its severity, the subjects it concerns (a Work Group, a school,
 * a teacher, each where relevant), its arguments (the values involved, by name) and a message
 * rendered from them by {@link Messages}.
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
   * Returns the values involved, by name, in the order the rule gave them: counts and bounds as
   * integers, codes, years and identifiers as text, phases and streams as their contract names
   * ({@code DEVELOPMENT}, {@code PRIMARY}), and lists of those. The names of each standard rule are
   * listed in CONTRACT.md §3; a {@code case} argument, where present, says which of a rule's
   * messages applies.
   *
   * @return the arguments, immutable, not null
   */
  public abstract Map<String, Object> arguments();

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
   * Orders violations by Work Group (none first), school, teacher, rule, message and arguments, so that a
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
    if (c == 0) {
      c = message().compareTo(other.message());
    }
    if (c == 0 && !arguments().equals(other.arguments())) {
      c = arguments().toString().compareTo(other.arguments().toString());
    }
    return c;
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
    for (Map.Entry<String, Object> argument : arguments().entrySet()) {
      checkArgument(
          isArgumentValue(argument.getValue()),
          "violation argument %s must be an integer, a text, an enum constant or a list of those:"
              + " %s",
          argument.getKey(),
          argument.getValue());
    }
  }

  /**
   * Checks whether a value may be a violation's argument: an {@link Integer} or {@link Long}, a
   * {@link String}, an enum constant, a list of those, or a list of such lists (entries of several
   * parts, such as a Work Group and its phase).
   *
   * @param value the value, not null
   * @return true if allowed
   */
  public static boolean isArgumentValue(Object value) {
    if (value instanceof List) {
      for (Object element : (List<?>) value) {
        if (element instanceof List) {
          for (Object part : (List<?>) element) {
            if (!isScalar(part)) {
              return false;
            }
          }
        } else if (!isScalar(element)) {
          return false;
        }
      }
      return true;
    }
    return isScalar(value);
  }

  private static boolean isScalar(@Nullable Object value) {
    return value instanceof Integer
        || value instanceof Long
        || value instanceof String
        || value instanceof Enum;
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
