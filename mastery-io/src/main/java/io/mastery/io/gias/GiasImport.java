package io.mastery.io.gias;

import com.google.common.collect.ImmutableList;
import io.mastery.model.school.SchoolRegister;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading a GIAS extract: the register of every row that could be used, and every
 * row that could not, each with its line, column, value and reason. No row is dropped silently.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GiasImport {

  private final SchoolRegister register;
  private final ImmutableList<RowProblem> problems;
  private final long rowsRead;
  private final Charset charset;

  private GiasImport(
      SchoolRegister register, ImmutableList<RowProblem> problems, long rowsRead, Charset charset) {
    this.register = register;
    this.problems = problems;
    this.rowsRead = rowsRead;
    this.charset = charset;
  }

  /**
   * Obtains an import.
   *
   * @param register the schools read, not null
   * @param problems the rows that could not be used, in file order, not null
   * @param rowsRead the number of data rows read, header excluded
   * @param charset the charset the text was decoded with, not null
   * @return the import, not null
   */
  public static GiasImport of(
      SchoolRegister register, List<RowProblem> problems, long rowsRead, Charset charset) {
    return new GiasImport(
        Objects.requireNonNull(register, "register"),
        ImmutableList.copyOf(problems),
        rowsRead,
        Objects.requireNonNull(charset, "charset"));
  }

  /**
   * Returns the register of every row that could be used.
   *
   * @return the register, not null
   */
  public SchoolRegister register() {
    return register;
  }

  /**
   * Returns every row that could not be used, in file order.
   *
   * @return the problems, immutable, not null
   */
  public List<RowProblem> problems() {
    return problems;
  }

  /**
   * Checks whether every row was used.
   *
   * @return true if there is no problem
   */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /**
   * Returns the number of data rows read, the header excluded: the schools plus the problem rows.
   *
   * @return the number of rows
   */
  public long rowsRead() {
    return rowsRead;
  }

  /**
   * Returns the charset the text was decoded with: the one given, or the one detected; US-ASCII
   * when detection found only ASCII text, which reads the same in UTF-8 and Latin-1.
   *
   * @return the charset, not null
   */
  public Charset charset() {
    return charset;
  }

  /**
   * Returns the register if every row was used, or throws for the first row that was not.
   *
   * @return the register, not null
   * @throws GiasFormatException if a row could not be used
   */
  public SchoolRegister orThrow() {
    if (!problems.isEmpty()) {
      throw new GiasFormatException(problems.get(0));
    }
    return register;
  }

  @Override
  public String toString() {
    return "GiasImport{"
        + register.size()
        + " schools, "
        + problems.size()
        + " problem rows, "
        + charset.name()
        + "}";
  }
}
