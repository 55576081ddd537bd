package io.mastery.io.json;

import io.mastery.model.policy.PolicyEditions;
import java.util.Objects;

/**
 * What a decision was judged against, recorded in the decision JSON beside the decision (CONTRACT.md
 * §3): the school register, named by its file or as the bundled sample, with the rows read from it
 * and the rows it could not use, and the policy editions the edition in force was chosen from.
 *
 * <pre>{@code
 * GiasImport gias = GiasRegisterReader.standard().read(Path.of("edubasealldata.csv"));
 * DecisionSources sources =
 *     DecisionSources.of("edubasealldata.csv", gias.rowsRead(), gias.rowsSkipped(),
 *         PolicyEditions.standard());
 * String json = DecisionWriter.standard().toJson(decision, sources);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DecisionSources {

  /** How the bundled sample register is named. */
  public static final String BUNDLED_SAMPLE = "bundled sample";

  private final String register;
  private final long rowsRead;
  private final long rowsUnusable;
  private final PolicyEditions editions;

  private DecisionSources(String register, long rowsRead, long rowsUnusable, PolicyEditions editions) {
    this.register = register;
    this.rowsRead = rowsRead;
    this.rowsUnusable = rowsUnusable;
    this.editions = editions;
  }

  /**
   * Obtains the sources of a decision.
   *
   * @param register the register's file name, or {@link #BUNDLED_SAMPLE}, not null
   * @param rowsRead the register's rows read, the header not counted, not negative
   * @param rowsUnusable the rows left out of the register, from 0 to {@code rowsRead}
   * @param editions the policy editions the edition in force was chosen from, not null
   * @return the sources, not null
   * @throws IllegalArgumentException if a count is negative or more rows are unusable than read
   */
  public static DecisionSources of(
      String register, long rowsRead, long rowsUnusable, PolicyEditions editions) {
    Objects.requireNonNull(register, "register");
    Objects.requireNonNull(editions, "editions");
    if (rowsRead < 0 || rowsUnusable < 0 || rowsUnusable > rowsRead) {
      throw new IllegalArgumentException(
          "rows unusable must be from 0 to the rows read: " + rowsUnusable + " of " + rowsRead);
    }
    return new DecisionSources(register, rowsRead, rowsUnusable, editions);
  }

  /**
   * Returns the register's file name, or {@link #BUNDLED_SAMPLE}.
   *
   * @return the name, not null
   */
  public String register() {
    return register;
  }

  /**
   * Returns the register's rows read, the header not counted.
   *
   * @return the rows read
   */
  public long rowsRead() {
    return rowsRead;
  }

  /**
   * Returns the rows left out of the register because a required field could not be used.
   *
   * @return the rows unusable
   */
  public long rowsUnusable() {
    return rowsUnusable;
  }

  /**
   * Returns the policy editions the edition in force was chosen from.
   *
   * @return the editions, not null
   */
  public PolicyEditions editions() {
    return editions;
  }

  @Override
  public String toString() {
    return "DecisionSources{register="
        + register
        + ", rowsRead="
        + rowsRead
        + ", rowsUnusable="
        + rowsUnusable
        + ", editions="
        + editions
        + "}";
  }
}
