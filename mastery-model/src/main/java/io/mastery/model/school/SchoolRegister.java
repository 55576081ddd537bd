package io.mastery.model.school;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A register of schools by URN, such as one read from the DfE's GIAS extract, and the register's
 * links between URNs ({@link SchoolLinks}) when they are given: what came before a school that
 * converted, merged or split. The rules read a school's history together with its predecessors'.
 *
 * <pre>{@code
 * SchoolRegister register =
 *     GiasRegisterReader.standard().read(Path.of("edubasealldata.csv")).register()
 *         .withLinks(GiasLinksReader.standard().read(Path.of("links_edubasealldata.csv")).links());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SchoolRegister {

  private static final SchoolRegister EMPTY =
      new SchoolRegister(ImmutableMap.of(), SchoolLinks.empty());

  private final ImmutableMap<Urn, School> byUrn;
  private final SchoolLinks links;

  private SchoolRegister(ImmutableMap<Urn, School> byUrn, SchoolLinks links) {
    this.byUrn = byUrn;
    this.links = links;
  }

  /**
   * Returns the register with no schools.
   *
   * @return the empty register, not null
   */
  public static SchoolRegister empty() {
    return EMPTY;
  }

  /**
   * Obtains a register of the given schools.
   *
   * @param schools the schools, no URN twice, not null
   * @return the register, not null
   * @throws IllegalArgumentException if two schools have the same URN
   */
  public static SchoolRegister of(Iterable<School> schools) {
    Objects.requireNonNull(schools, "schools");
    Map<Urn, School> map = new LinkedHashMap<>();
    for (School school : schools) {
      School previous = map.put(school.urn(), school);
      checkArgument(
          previous == null,
          "the register lists URN %s twice: \"%s\" and \"%s\"",
          school.urn(),
          previous == null ? "" : previous.name(),
          school.name());
    }
    return new SchoolRegister(ImmutableMap.copyOf(map), SchoolLinks.empty());
  }

  /**
   * Returns a copy of this register with the register's links between URNs; a linked URN need not
   * be one of the register's schools (a predecessor closed long ago may be left out of an extract).
   *
   * @param links the links, not null
   * @return the copy, not null
   */
  public SchoolRegister withLinks(SchoolLinks links) {
    return new SchoolRegister(byUrn, Objects.requireNonNull(links, "links"));
  }

  /**
   * Returns the register's links between URNs.
   *
   * @return the links, empty unless {@link #withLinks(SchoolLinks)} gave them, not null
   */
  public SchoolLinks links() {
    return links;
  }

  /**
   * Finds a school by URN.
   *
   * @param urn the URN, not null
   * @return the school, or empty if the register does not list it
   */
  public Optional<School> find(Urn urn) {
    return Optional.ofNullable(byUrn.get(Objects.requireNonNull(urn, "urn")));
  }

  /**
   * Checks whether the register lists a URN.
   *
   * @param urn the URN, not null
   * @return true if listed
   */
  public boolean contains(Urn urn) {
    return byUrn.containsKey(Objects.requireNonNull(urn, "urn"));
  }

  /**
   * Returns every school, in the order given.
   *
   * @return the schools, immutable, not null
   */
  public Collection<School> schools() {
    return byUrn.values();
  }

  /**
   * Returns how many schools the register lists.
   *
   * @return the number of schools
   */
  public int size() {
    return byUrn.size();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof SchoolRegister other
        && other.byUrn.equals(byUrn)
        && other.links.equals(links);
  }

  @Override
  public int hashCode() {
    return byUrn.hashCode() * 31 + links.hashCode();
  }

  @Override
  public String toString() {
    return "SchoolRegister{"
        + byUrn.size()
        + " schools"
        + (links.isEmpty() ? "" : ", " + links.size() + " links")
        + "}";
  }
}
