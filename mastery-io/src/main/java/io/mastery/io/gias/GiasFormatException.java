package io.mastery.io.gias;

import io.mastery.io.UntrustedText;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a GIAS extract cannot be read as a register: it has no header, a required column is
 * missing, its text is not in the charset it was read with, or, when reading strictly, a row cannot
 * be used.
 *
 * <p>The message names the line, the column and the value where there is one, in one line: every
 * control or bidirectional character of the file's text is shown escaped (see {@link
 * io.mastery.io.UntrustedText}). A lenient read does
 * not throw for a row it cannot use: it reports the row in {@link GiasImport#problems()}.
 */
public final class GiasFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long line;
  private final @Nullable String column;
  private final transient @Nullable RowProblem problem;

  /**
   * Creates an exception for a fault of the whole file.
   *
   * @param line the line at fault, or 0 if no one line is
   * @param column the column at fault, or null if no one column is
   * @param message the message, not null
   */
  public GiasFormatException(long line, @Nullable String column, String message) {
    super(UntrustedText.escape(message));
    this.line = line;
    this.column = column;
    this.problem = null;
  }

  /**
   * Creates an exception for a row that cannot be used, when reading strictly.
   *
   * @param problem the row's problem, not null
   */
  public GiasFormatException(RowProblem problem) {
    super(problem.toString());
    this.line = problem.line();
    this.column = problem.column().isEmpty() ? null : problem.column();
    this.problem = problem;
  }

  /**
   * Returns the line at fault, counting the header as line 1.
   *
   * @return the line, or empty if no one line is at fault
   */
  public OptionalLong line() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /**
   * Returns the header name of the column at fault.
   *
   * @return the column, or empty if no one column is at fault
   */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /**
   * Returns the row problem, when a strict read met a row it cannot use.
   *
   * @return the problem, or empty if the whole file is at fault
   */
  public Optional<RowProblem> problem() {
    return Optional.ofNullable(problem);
  }
}
