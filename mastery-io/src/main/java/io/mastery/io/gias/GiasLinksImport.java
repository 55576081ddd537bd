package io.mastery.io.gias;

import com.google.common.collect.ImmutableList;
import io.mastery.model.school.SchoolLinks;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading a GIAS links extract: the links of every row that could be used, and
 * every row or optional field that could not, each with its line, column, value and reason. At
 * most {@link GiasRegisterReader#MAX_PROBLEMS_KEPT} problems are kept, the rest counted in {@link
 * #problemsNotKept()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GiasLinksImport {

  private final SchoolLinks links;
  private final ImmutableList<RowProblem> problems;
  private final long problemsNotKept;
  private final long rowsRead;
  private final long rowsSkipped;

  private GiasLinksImport(
      SchoolLinks links,
      ImmutableList<RowProblem> problems,
      long problemsNotKept,
      long rowsRead,
      long rowsSkipped) {
    this.links = links;
    this.problems = problems;
    this.problemsNotKept = problemsNotKept;
    this.rowsRead = rowsRead;
    this.rowsSkipped = rowsSkipped;
  }

  /**
   * Obtains an import.
   *
   * @param links the links read, not null
   * @param problems the problems kept, in file order, not null
   * @param problemsNotKept the problems found beyond those kept, not negative
   * @param rowsRead the data rows read, the header not counted, not negative
   * @param rowsSkipped the rows left out, from 0 to {@code rowsRead}
   * @return the import, not null
   * @throws IllegalArgumentException if a count is negative or more rows are skipped than read
   */
  public static GiasLinksImport of(
      SchoolLinks links,
      List<RowProblem> problems,
      long problemsNotKept,
      long rowsRead,
      long rowsSkipped) {
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(problems, "problems");
    if (problemsNotKept < 0 || rowsRead < 0 || rowsSkipped < 0 || rowsSkipped > rowsRead) {
      throw new IllegalArgumentException(
          "counts must not be negative, nor rows skipped more than rows read: "
              + rowsSkipped
              + " of "
              + rowsRead
              + ", "
              + problemsNotKept
              + " problems not kept");
    }
    return new GiasLinksImport(
        links, ImmutableList.copyOf(problems), problemsNotKept, rowsRead, rowsSkipped);
  }

  /**
   * Returns the links of the rows that could be used.
   *
   * @return the links, not null
   */
  public SchoolLinks links() {
    return links;
  }

  /**
   * Returns the problems found, in file order, at most {@link GiasRegisterReader#MAX_PROBLEMS_KEPT}.
   *
   * @return the problems, immutable, not null
   */
  public List<RowProblem> problems() {
    return problems;
  }

  /**
   * Returns how many problems were found beyond those kept.
   *
   * @return the count, not negative
   */
  public long problemsNotKept() {
    return problemsNotKept;
  }

  /**
   * Returns the data rows read, the header not counted.
   *
   * @return the rows read
   */
  public long rowsRead() {
    return rowsRead;
  }

  /**
   * Returns the rows left out because a required field could not be used.
   *
   * @return the rows skipped
   */
  public long rowsSkipped() {
    return rowsSkipped;
  }

  @Override
  public String toString() {
    return "GiasLinksImport{"
        + links
        + ", "
        + rowsRead
        + " rows read, "
        + rowsSkipped
        + " skipped, "
        + (problems.size() + problemsNotKept)
        + " problems}";
  }
}
