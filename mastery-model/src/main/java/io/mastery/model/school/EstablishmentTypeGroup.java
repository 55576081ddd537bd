package io.mastery.model.school;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of establishment types in the DfE register (GIAS), such as "Academies".
 *
 * <p>Codes and names are those of the April 2025 register; older extracts name some groups
 * differently (group 4 was "LA maintained schools"), and {@link #fromName} accepts those too.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum EstablishmentTypeGroup {
  /** Group 1: further education and sixth form colleges. */
  COLLEGES(1, "Colleges"),
  /** Group 2: higher education institutions. */
  UNIVERSITIES(2, "Universities"),
  /** Group 3: independent schools, including city technology colleges. */
  INDEPENDENT_SCHOOLS(3, "Independent schools"),
  /** Group 4: schools maintained by a local authority. */
  LOCAL_AUTHORITY_MAINTAINED_SCHOOLS(
      4, "Local authority maintained schools", "LA maintained schools"),
  /** Group 5: special schools of every kind. */
  SPECIAL_SCHOOLS(5, "Special schools"),
  /** Group 6: establishments in Wales. */
  WELSH_SCHOOLS(6, "Welsh schools"),
  /** Group 9: other types, such as secure units and British schools overseas. */
  OTHER_TYPES(9, "Other types"),
  /** Group 10: academies. */
  ACADEMIES(10, "Academies"),
  /** Group 11: free schools, university technical colleges and studio schools. */
  FREE_SCHOOLS(11, "Free Schools", "Free schools"),
  /** Group 13: online education providers. */
  ONLINE_PROVIDER(13, "Online provider");

  private static final ImmutableMap<Integer, EstablishmentTypeGroup> BY_CODE =
      Maps.uniqueIndex(Arrays.asList(values()), EstablishmentTypeGroup::code);

  private final int code;
  private final String registerName;
  private final ImmutableList<String> names;

  EstablishmentTypeGroup(int code, String registerName, String... formerNames) {
    this.code = code;
    this.registerName = registerName;
    this.names = ImmutableList.<String>builder().add(registerName).add(formerNames).build();
  }

  /**
   * Obtains the group with the given register code.
   *
   * @param code the GIAS {@code EstablishmentTypeGroup (code)}
   * @return the group, not null
   * @throws IllegalArgumentException if no group has that code
   */
  public static EstablishmentTypeGroup ofCode(int code) {
    EstablishmentTypeGroup group = BY_CODE.get(code);
    checkArgument(group != null, "establishment type group code is not known: %s", code);
    return group;
  }

  /**
   * Finds the group with the given register name, current or former, ignoring case.
   *
   * @param name the GIAS {@code EstablishmentTypeGroup (name)}, not null
   * @return the group, or empty if no group has that name
   */
  public static Optional<EstablishmentTypeGroup> fromName(String name) {
    Objects.requireNonNull(name, "name");
    String trimmed = name.trim();
    return Arrays.stream(values())
        .filter(g -> g.names.stream().anyMatch(n -> n.equalsIgnoreCase(trimmed)))
        .findFirst();
  }

  /**
   * Returns the register code.
   *
   * @return the code
   */
  public int code() {
    return code;
  }

  /**
   * Returns the name used by the current register.
   *
   * @return the name, not null
   */
  public String registerName() {
    return registerName;
  }

  /**
   * Returns every name the register has used for this group, the current one first.
   *
   * @return the names, immutable, not null
   */
  public List<String> names() {
    return names;
  }
}
