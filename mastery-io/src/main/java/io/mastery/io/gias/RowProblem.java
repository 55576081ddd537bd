package io.mastery.io.gias;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.io.UntrustedText;
import io.mastery.model.MasteryStyle;
import org.immutables.value.Value;

/**
 * A row of a GIAS extract that could not be used, or a field of it, with where it is and why: the
 * line it starts on, the column and the value at fault, a message, and whether the row was left out
 * of the register ({@link #rowSkipped()}) or kept with the field left empty.
 *
 * <p>A fault in a required field (or of the whole row) leaves the row out; a fault in an optional
 * field (an easting off the grid, a UKPRN of three digits, ages 11 to 3) only empties that field,
 * so that the school keeps its place in the register.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class RowProblem {

  RowProblem() {}

  /**
   * Obtains a row problem.
   *
   * @param line the line the row starts on, 1 for the header
   * @param column the header name of the column at fault, or empty if the whole row is at fault,
   *     not null
   * @param value the value at fault as the file gives it, possibly empty, not null
   * @param message why the row cannot be used, naming the value, not null
   * @return the problem, not null
   * @throws IllegalArgumentException if the line is below 1 or the message is blank
   */
  public static RowProblem of(long line, String column, String value, String message) {
    return ImmutableRowProblem.of(line, column, value, message);
  }

  /**
   * Obtains the problem of an optional field that could not be used: the field is left empty and
   * the row kept in the register.
   *
   * @param line the line the row starts on, 1 for the header
   * @param column the header name of the column at fault, not null
   * @param value the value at fault as the file gives it, not null
   * @param message why the field cannot be used, naming the value, not null
   * @return the problem, not null
   * @throws IllegalArgumentException if the line is below 1 or the message is blank
   */
  public static RowProblem ofField(long line, String column, String value, String message) {
    return ((ImmutableRowProblem) ImmutableRowProblem.of(line, column, value, message))
        .withRowSkipped(false);
  }

  /**
   * Checks whether the row was left out of the register; false when only an optional field was
   * left empty.
   *
   * @return true if the row was skipped
   */
  @Value.Default
  public boolean rowSkipped() {
    return true;
  }

  /**
   * Returns the line of the file the row starts on, counting the header as line 1.
   *
   * @return the line, 1 or more
   */
  @Value.Parameter
  public abstract long line();

  /**
   * Returns the header name of the column at fault.
   *
   * @return the column's name, or empty if the whole row is at fault, not null
   */
  @Value.Parameter
  public abstract String column();

  /**
   * Returns the value at fault as the file gives it.
   *
   * @return the value, possibly empty, not null
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Returns why the row cannot be used.
   *
   * @return the message, not blank
   */
  @Value.Parameter
  public abstract String message();

  @Value.Check
  void check() {
    checkArgument(line() >= 1, "line must be 1 or more: %s", line());
    checkArgument(!message().isBlank(), "row problem message must not be blank");
  }

  /**
   * Returns the problem as one line, such as {@code line 7, column "URN": URN must have 6 digits:
   * "12345"}; every control or bidirectional character of the file's text is shown escaped (see
   * {@link UntrustedText}).
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return UntrustedText.escape(
        "line "
            + line()
            + (column().isEmpty() ? "" : ", column \"" + column() + "\"")
            + ": "
            + message());
  }
}
