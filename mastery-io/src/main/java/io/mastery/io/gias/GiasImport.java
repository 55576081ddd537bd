package io.mastery.io.gias;

import com.google.common.collect.ImmutableList;
import io.mastery.model.school.SchoolRegister;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading a GIAS extract: the register of every row that could be used, and every
 * row or optional field that could not, each with its line, column, value and reason; no row is
 * dropped silently. At most {@link GiasRegisterReader#MAX_PROBLEMS_KEPT} problems are kept, the
 * rest counted in {@link #problemsNotKept()}. {@link #warnings()} holds what did not stop the read
 * but should be seen, such as an encoding that seems to change within the file.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GiasImport {

  private final SchoolRegister register;
  private final ImmutableList<RowProblem> problems;
  private final long problemsNotKept;
  private final long rowsRead;
  private final long rowsSkipped;
  private final Charset charset;
  private final ImmutableList<String> warnings;

  private GiasImport(
      SchoolRegister register,
      ImmutableList<RowProblem> problems,
      long problemsNotKept,
      long rowsRead,
      long rowsSkipped,
      Charset charset,
      ImmutableList<String> warnings) {
    this.register = register;
    this.problems = problems;
    this.problemsNotKept = problemsNotKept;
    this.rowsRead = rowsRead;
    this.rowsSkipped = rowsSkipped;
    this.charset = charset;
    this.warnings = warnings;
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
    long skipped =
        problems.stream().filter(RowProblem::rowSkipped).mapToLong(RowProblem::line).distinct().count();
    return of(register, problems, 0, rowsRead, skipped, charset, List.of());
  }

  /**
   * Obtains an import, with problems counted but not kept, and warnings.
   *
   * @param register the schools read, not null
   * @param problems the problems kept, in file order, not null
   * @param problemsNotKept the number of further problems, not kept, 0 or more
   * @param rowsRead the number of data rows read, header excluded
   * @param rowsSkipped the number of those rows left out of the register
   * @param charset the charset the text was decoded with, not null
   * @param warnings what should be seen although it did not stop the read, not null
   * @return the import, not null
   * @throws IllegalArgumentException if a count is negative
   */
  public static GiasImport of(
      SchoolRegister register,
      List<RowProblem> problems,
      long problemsNotKept,
      long rowsRead,
      long rowsSkipped,
      Charset charset,
      List<String> warnings) {
    if (problemsNotKept < 0 || rowsRead < 0 || rowsSkipped < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: "
              + problemsNotKept
              + " problems not kept, "
              + rowsRead
              + " rows read, "
              + rowsSkipped
              + " rows skipped");
    }
    return new GiasImport(
        Objects.requireNonNull(register, "register"),
        ImmutableList.copyOf(problems),
        problemsNotKept,
        rowsRead,
        rowsSkipped,
        Objects.requireNonNull(charset, "charset"),
        ImmutableList.copyOf(warnings));
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
   * Returns the problems kept, in file order: every row that could not be used and every optional
   * field left empty, up to {@link GiasRegisterReader#MAX_PROBLEMS_KEPT}.
   *
   * @return the problems, immutable, not null
   */
  public List<RowProblem> problems() {
    return problems;
  }

  /**
   * Returns the number of problems found after those kept, which are only counted.
   *
   * @return the number, 0 or more
   */
  public long problemsNotKept() {
    return problemsNotKept;
  }

  /**
   * Returns the number of data rows left out of the register, whether their problems were kept or
   * only counted.
   *
   * @return the number, 0 or more
   */
  public long rowsSkipped() {
    return rowsSkipped;
  }

  /**
   * Returns what did not stop the read but should be seen, each in one line, such as the place
   * where text read as Latin-1 seems to turn into UTF-8.
   *
   * @return the warnings, immutable, not null
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Checks whether every row was used.
   *
   * @return true if there is no problem
   */
  public boolean isClean() {
    return problems.isEmpty() && problemsNotKept == 0;
  }

  /**
   * Returns the number of data rows read, the header excluded: the schools plus the rows skipped.
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
