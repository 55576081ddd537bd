package io.mastery.model.school;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One link of the DfE register (GIAS) between two URNs: for a school, a URN that came before it or
 * after it, as the register's links extract ({@code links_edubasealldata*.csv}) lists them. A school
 * that converts to an academy, merges, amalgamates or splits closes under one URN and opens under
 * another; the link joins the two.
 *
 * <p>The register's link type is kept as written, such as {@code Successor} or {@code Predecessor -
 * merged}; {@link #kind()} reads its direction: a type starting with "Predecessor" names a URN that
 * came before the school, one starting with "Successor" a URN that came after it, and any other
 * ({@code Result of Amalgamation}, {@code Sixth Form Centre Link}, {@code Merged - change in age
 * range}, {@code Expansion}, {@code Closure}, {@code Other}) says no direction, so it is kept but
 * not followed.
 *
 * <pre>{@code
 * // 100016 Kingsgate Junior School closed; 132245 Kingsgate Primary School succeeded it
 * SchoolLink link = SchoolLink.of(Urn.of(100016), Urn.of(132245), "Successor", Optional.empty());
 * link.predecessor(); // Optional[100016]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SchoolLink {

  /** The direction of a link. */
  public enum Kind {
    /** The linked URN came before the school: its predecessor. */
    PREDECESSOR,
    /** The linked URN came after the school: its successor. */
    SUCCESSOR,
    /** The link says no direction (a sixth-form centre, an amalgamation listed both ways...). */
    OTHER;

    /**
     * Reads the direction of a register link type: "Predecessor..." or "Successor...", ignoring
     * case and surrounding spaces; any other type has none.
     *
     * @param linkType the register's link type, such as {@code Predecessor - merged}, not null
     * @return the direction, not null
     */
    public static Kind of(String linkType) {
      String type = Objects.requireNonNull(linkType, "linkType").trim().toLowerCase(Locale.ROOT);
      if (type.startsWith("predecessor")) {
        return PREDECESSOR;
      }
      if (type.startsWith("successor")) {
        return SUCCESSOR;
      }
      return OTHER;
    }
  }

  private final Urn school;
  private final Urn linked;
  private final String linkType;
  private final @Nullable LocalDate established;

  private SchoolLink(Urn school, Urn linked, String linkType, @Nullable LocalDate established) {
    this.school = school;
    this.linked = linked;
    this.linkType = linkType;
    this.established = established;
  }

  /**
   * Obtains a link.
   *
   * @param school the school's URN, the register's {@code URN}, not null
   * @param linked the linked URN, the register's {@code LinkURN}, not the school's, not null
   * @param linkType the register's {@code LinkType}, such as {@code Successor}, not blank
   * @param established the register's {@code LinkEstablishedDate}, or empty, not null
   * @return the link, not null
   * @throws IllegalArgumentException if the link joins a URN to itself or its type is blank
   */
  public static SchoolLink of(
      Urn school, Urn linked, String linkType, Optional<LocalDate> established) {
    Objects.requireNonNull(school, "school");
    Objects.requireNonNull(linked, "linked");
    Objects.requireNonNull(linkType, "linkType");
    Objects.requireNonNull(established, "established");
    checkArgument(!school.equals(linked), "a link joins URN %s to itself", school);
    checkArgument(!linkType.isBlank(), "link type must not be blank: \"%s\"", linkType);
    return new SchoolLink(school, linked, linkType.trim(), established.orElse(null));
  }

  /**
   * Returns the school's URN.
   *
   * @return the URN, not null
   */
  public Urn school() {
    return school;
  }

  /**
   * Returns the linked URN.
   *
   * @return the URN, not null
   */
  public Urn linked() {
    return linked;
  }

  /**
   * Returns the register's link type, as written (surrounding spaces removed).
   *
   * @return the type, not blank
   */
  public String linkType() {
    return linkType;
  }

  /**
   * Returns the direction of the link, read from its type.
   *
   * @return the direction, not null
   */
  public Kind kind() {
    return Kind.of(linkType);
  }

  /**
   * Returns the date the link was established.
   *
   * @return the date, or empty if the register gives none (most links)
   */
  public Optional<LocalDate> established() {
    return Optional.ofNullable(established);
  }

  /**
   * Returns the URN that came first, for a link with a direction.
   *
   * @return the predecessor, or empty for a link of kind {@link Kind#OTHER}
   */
  public Optional<Urn> predecessor() {
    switch (kind()) {
      case PREDECESSOR:
        return Optional.of(linked);
      case SUCCESSOR:
        return Optional.of(school);
      default:
        return Optional.empty();
    }
  }

  /**
   * Returns the URN that came after, for a link with a direction.
   *
   * @return the successor, or empty for a link of kind {@link Kind#OTHER}
   */
  public Optional<Urn> successor() {
    switch (kind()) {
      case PREDECESSOR:
        return Optional.of(school);
      case SUCCESSOR:
        return Optional.of(linked);
      default:
        return Optional.empty();
    }
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof SchoolLink other
        && other.school.equals(school)
        && other.linked.equals(linked)
        && other.linkType.equals(linkType)
        && Objects.equals(other.established, established);
  }

  @Override
  public int hashCode() {
    return Objects.hash(school, linked, linkType, established);
  }

  @Override
  public String toString() {
    return school
        + " -> "
        + linked
        + " ("
        + linkType
        + (established == null ? "" : ", " + established)
        + ")";
  }
}
