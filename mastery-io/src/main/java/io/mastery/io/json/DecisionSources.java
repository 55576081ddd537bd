package io.mastery.io.json;

import io.mastery.model.policy.PolicyEditions;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a decision was judged against, recorded in the decision JSON beside the decision (CONTRACT.md
 * §3): the school register, named by its file or as the bundled sample, with the rows read from it
 * and the rows it could not use, and the policy editions the edition in force was chosen from; and,
 * when they were given, the register's links file and the hub's edition tables.
 *
 * <pre>{@code
 * GiasImport gias = GiasRegisterReader.standard().read(Path.of("edubasealldata.csv"));
 * DecisionSources sources =
 *     DecisionSources.of("edubasealldata.csv", gias.rowsRead(), gias.rowsSkipped(),
 *         PolicyEditions.standard());
 * DecisionSources withLinks =
 *     sources.withLinks("links_edubasealldata.csv", links.rowsRead(), links.rowsSkipped())
 *         .withEditionsFile("hub-editions");
 * String json = DecisionWriter.standard().toJson(decision, withLinks);
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
  private final @Nullable String links;
  private final long linkRowsRead;
  private final long linkRowsUnusable;
  private final @Nullable String editionsFile;

  private DecisionSources(
      String register,
      long rowsRead,
      long rowsUnusable,
      PolicyEditions editions,
      @Nullable String links,
      long linkRowsRead,
      long linkRowsUnusable,
      @Nullable String editionsFile) {
    this.register = register;
    this.rowsRead = rowsRead;
    this.rowsUnusable = rowsUnusable;
    this.editions = editions;
    this.links = links;
    this.linkRowsRead = linkRowsRead;
    this.linkRowsUnusable = linkRowsUnusable;
    this.editionsFile = editionsFile;
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
    return new DecisionSources(register, rowsRead, rowsUnusable, editions, null, 0, 0, null);
  }

  /**
   * Returns a copy of these sources that records the register's links file (GIAS {@code
   * links_edubasealldata*.csv}) the decision followed.
   *
   * @param links the links file's name, as given, not null
   * @param rowsRead the links file's rows read, the header not counted, not negative
   * @param rowsUnusable the rows left out, from 0 to {@code rowsRead}
   * @return the copy, not null
   * @throws IllegalArgumentException if a count is negative or more rows are unusable than read
   */
  public DecisionSources withLinks(String links, long rowsRead, long rowsUnusable) {
    Objects.requireNonNull(links, "links");
    if (rowsRead < 0 || rowsUnusable < 0 || rowsUnusable > rowsRead) {
      throw new IllegalArgumentException(
          "link rows unusable must be from 0 to the rows read: " + rowsUnusable + " of " + rowsRead);
    }
    return new DecisionSources(
        register, this.rowsRead, this.rowsUnusable, editions, links, rowsRead, rowsUnusable,
        editionsFile);
  }

  /**
   * Returns a copy of these sources that records the file or directory of edition tables the
   * editions were read from.
   *
   * @param editionsFile the name, as given, not null
   * @return the copy, not null
   */
  public DecisionSources withEditionsFile(String editionsFile) {
    Objects.requireNonNull(editionsFile, "editionsFile");
    return new DecisionSources(
        register, rowsRead, rowsUnusable, editions, links, linkRowsRead, linkRowsUnusable,
        editionsFile);
  }

  /**
   * Returns the links file's name, if the decision followed one.
   *
   * @return the name, or empty
   */
  public Optional<String> links() {
    return Optional.ofNullable(links);
  }

  /**
   * Returns the links file's rows read, the header not counted; 0 without a links file.
   *
   * @return the rows read
   */
  public long linkRowsRead() {
    return linkRowsRead;
  }

  /**
   * Returns the links file's rows left out; 0 without a links file.
   *
   * @return the rows unusable
   */
  public long linkRowsUnusable() {
    return linkRowsUnusable;
  }

  /**
   * Returns the file or directory of edition tables the editions were read from, if any.
   *
   * @return the name, or empty for the standard editions alone
   */
  public Optional<String> editionsFile() {
    return Optional.ofNullable(editionsFile);
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
        + (links == null ? "" : ", links=" + links)
        + (editionsFile == null ? "" : ", editionsFile=" + editionsFile)
        + "}";
  }
}
