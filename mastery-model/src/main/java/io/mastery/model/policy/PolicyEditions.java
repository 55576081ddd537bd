package io.mastery.model.policy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.mastery.model.calendar.AcademicYear;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A set of policy editions, each in force from its year until the next one starts.
 *
 * <p>For example:
 *
 * <pre>{@code
 * ProgrammePolicy edition = PolicyEditions.standard().forYear(AcademicYear.parse("2019/20"));
 * edition.edition();       // "2019/20"
 * edition.inForceFrom();   // 2019/20
 * Optional<ProgrammePolicy> none = PolicyEditions.standard().find(AcademicYear.parse("2013/14"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyEditions {

  private static final PolicyEditions STANDARD = StandardEditions.read();

  private final ImmutableList<ProgrammePolicy> editions;

  private PolicyEditions(ImmutableList<ProgrammePolicy> editions) {
    this.editions = editions;
  }

  /**
   * Returns the editions this library ships, read from the edition tables in its jar: 2015/16
   * (the first Development groups in 2016/17), 2019/20 (Mastery Readiness and Embedding added),
   * 2020/21 (Sustaining added; the textbook window closed), 2024/25 and 2025/26 (the Introductory
   * phase). {@code docs/editions.md} describes the tables.
   *
   * @return the standard editions, not null
   */
  public static PolicyEditions standard() {
    return STANDARD;
  }

  /**
   * Reads a hub's own editions from edition tables: a directory holding {@code editions.csv} and
   * any of {@code phases.csv}, {@code specialists.csv}, {@code textbooks.csv} and {@code
   * textbook-funding.csv} (UTF-8 CSV with a header row, as {@code docs/editions.md} describes).
   * The standard editions play no part.
   *
   * @param directory the directory of the tables, not null
   * @return the editions, not null
   * @throws EditionFormatException if a table cannot be used, naming the file, line, column and
   *     value; then nothing is loaded
   * @throws IOException if a file cannot be read
   */
  public static PolicyEditions load(Path directory) throws IOException {
    Objects.requireNonNull(directory, "directory");
    return EditionTables.read(directory, true).build();
  }

  /**
   * Reads a hub's edition tables over the standard ones: each of its rows replaces the standard
   * row with the same key (the edition, and the stream and phase, stream, or year and scheme of
   * the table), and its other rows are added, so that a hub can correct one figure or add an
   * edition of its own.
   *
   * @param path a directory holding any of the edition tables, or one table file, not null
   * @return the standard editions with the hub's rows, not null
   * @throws EditionFormatException if a table cannot be used, naming the file, line, column and
   *     value; then nothing is loaded
   * @throws IOException if a file cannot be read
   */
  public static PolicyEditions standardWith(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    return StandardEditions.tables().overriddenBy(EditionTables.read(path, false)).build();
  }

  /**
   * Obtains a set of editions.
   *
   * @param editions the editions, at least one, no two in force from the same year, not null
   * @return the set, not null
   * @throws IllegalArgumentException if empty or two editions start in the same year
   */
  public static PolicyEditions of(Iterable<ProgrammePolicy> editions) {
    Objects.requireNonNull(editions, "editions");
    ImmutableList<ProgrammePolicy> sorted =
        ImmutableList.sortedCopyOf(
            Comparator.comparing(ProgrammePolicy::inForceFrom), editions);
    checkArgument(!sorted.isEmpty(), "at least one policy edition is needed");
    for (int i = 1; i < sorted.size(); i++) {
      checkArgument(
          !sorted.get(i).inForceFrom().equals(sorted.get(i - 1).inForceFrom()),
          "editions %s and %s are both in force from %s",
          sorted.get(i - 1).edition(),
          sorted.get(i).edition(),
          sorted.get(i).inForceFrom());
    }
    return new PolicyEditions(sorted);
  }

  /**
   * Returns the editions, earliest first.
   *
   * @return the editions, immutable, not null
   */
  public List<ProgrammePolicy> editions() {
    return editions;
  }

  /**
   * Finds the edition in force for an academic year: the latest one in force from that year or
   * before.
   *
   * @param year the academic year, not null
   * @return the edition, or empty if the year is before the earliest edition
   */
  public Optional<ProgrammePolicy> find(AcademicYear year) {
    Objects.requireNonNull(year, "year");
    @Nullable ProgrammePolicy found = null;
    for (ProgrammePolicy edition : editions) {
      if (!edition.inForceFrom().isAfter(year)) {
        found = edition;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Returns the edition in force for an academic year.
   *
   * @param year the academic year, not null
   * @return the edition, not null
   * @throws IllegalArgumentException if the year is before the earliest edition
   */
  public ProgrammePolicy forYear(AcademicYear year) {
    return find(year)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no policy edition is in force for "
                        + year
                        + "; the earliest is in force from "
                        + editions.get(0).inForceFrom()));
  }

  /**
   * Checks whether another set holds the same editions.
   *
   * @param obj the other object, may be null
   * @return true if the other is a set of equal editions
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PolicyEditions && ((PolicyEditions) obj).editions.equals(editions);
  }

  @Override
  public int hashCode() {
    return editions.hashCode();
  }

  /**
   * Returns the editions' names and first years, such as {@code PolicyEditions[2015/16 from
   * 2015/16, 2019/20 from 2019/20]}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("PolicyEditions[");
    for (int i = 0; i < editions.size(); i++) {
      ProgrammePolicy edition = editions.get(i);
      text.append(i == 0 ? "" : ", ")
          .append(edition.edition())
          .append(" from ")
          .append(edition.inForceFrom());
    }
    return text.append(']').toString();
  }
}
