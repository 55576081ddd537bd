package io.mastery.benchmarks.peers;

import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.hub.MathsHub;
import io.mastery.model.policy.Bounds;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.school.EstablishmentStatus;
import io.mastery.model.school.LocalAuthorityCode;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A year flattened into the plain objects a generic engine checks, as a hub's adapter code would
 * build them: one fact per Work Group, per school listed in a group (with the register's entry
 * looked up), per school's participation and per teacher's place. With {@code countPlaces}, each
 * place also carries how many places its TRN has in the year, for the peers without joins.
 *
 * <p>Built inside every timed operation of a peer that uses it, so its cost is the peer's.
 */
public final class YearFacts {

  private final List<GroupFact> groups;
  private final List<ListingFact> listings;
  private final List<ParticipationFact> participations;
  private final List<PlaceFact> places;

  private YearFacts(
      List<GroupFact> groups,
      List<ListingFact> listings,
      List<ParticipationFact> participations,
      List<PlaceFact> places) {
    this.groups = groups;
    this.listings = listings;
    this.participations = participations;
    this.places = places;
  }

  /**
   * Flattens a year.
   *
   * @param enrolment the enrolment, not null
   * @param register the register, not null
   * @param policy the edition, not null
   * @param countPlaces whether to count each TRN's places (for peers that cannot join)
   * @return the facts, not null
   */
  public static YearFacts of(
      Enrolment enrolment, SchoolRegister register, ProgrammePolicy policy, boolean countPlaces) {
    @Nullable MathsHub hub = enrolment.hub().orElse(null);
    List<WorkGroup> workGroups = enrolment.workGroups();
    int n = workGroups.size();
    List<GroupFact> groups = new ArrayList<>(n);
    List<ListingFact> listings = new ArrayList<>(n * 7);
    List<ParticipationFact> participations = new ArrayList<>(n * 7);
    List<PlaceFact> places = new ArrayList<>(n * 14);
    for (WorkGroup g : workGroups) {
      String id = g.id().value();
      Optional<PhaseRules> rules = policy.phaseRules(g.stream(), g.phase());
      Set<Urn> distinct = new LinkedHashSet<>();
      for (Participation p : g.participations()) {
        distinct.add(p.school());
        String urn = p.school().toString();
        if (rules.isPresent()) {
          participations.add(
              new ParticipationFact(id, urn, p.teachers().size(), rules.get().teachersPerSchool()));
        }
        for (Trn t : p.teachers()) {
          places.add(new PlaceFact(t.value(), id, urn));
        }
      }
      if (rules.isPresent()) {
        groups.add(new GroupFact(id, distinct.size(), rules.get().schoolsPerGroup()));
      }
      for (Urn urn : distinct) {
        listings.add(new ListingFact(id, urn.toString(), register.find(urn).orElse(null), hub));
      }
    }
    if (countPlaces) {
      Map<String, int[]> counts = new HashMap<>(places.size() * 2);
      for (PlaceFact p : places) {
        int[] count = counts.computeIfAbsent(p.getTeacher(), k -> new int[1]);
        count[0]++;
        p.placesOfTeacher = count;
      }
    }
    return new YearFacts(groups, listings, participations, places);
  }

  /**
   * Returns a fact for each Work Group whose phase the edition offers.
   *
   * @return the groups, not null
   */
  public List<GroupFact> groups() {
    return groups;
  }

  /**
   * Returns a fact for each distinct school of each group.
   *
   * @return the listings, not null
   */
  public List<ListingFact> listings() {
    return listings;
  }

  /**
   * Returns a fact for each school's entry in a group whose phase the edition offers.
   *
   * @return the participations, not null
   */
  public List<ParticipationFact> participations() {
    return participations;
  }

  /**
   * Returns a fact for each teacher listed in each group and school.
   *
   * @return the places, not null
   */
  public List<PlaceFact> places() {
    return places;
  }

  /** A Work Group: its distinct schools and the edition's bounds for its phase. */
  public static final class GroupFact {
    private final String id;
    private final int schools;
    private final int min;
    private final int max;

    GroupFact(String id, int schools, Bounds bounds) {
      this.id = id;
      this.schools = schools;
      this.min = bounds.min();
      this.max = bounds.max();
    }

    /**
     * Returns the group's id.
     *
     * @return the id, not null
     */
    public String getId() {
      return id;
    }

    /**
     * Returns the number of distinct schools.
     *
     * @return the count
     */
    public int getSchools() {
      return schools;
    }

    /**
     * Returns the fewest schools the phase allows.
     *
     * @return the bound
     */
    public int getMin() {
      return min;
    }

    /**
     * Returns the most schools the phase allows.
     *
     * @return the bound, {@link Integer#MAX_VALUE} if none
     */
    public int getMax() {
      return max;
    }
  }

  /** One school's teachers in a group, and the edition's bounds for the phase. */
  public static final class ParticipationFact {
    private final String group;
    private final String school;
    private final int teachers;
    private final int min;
    private final int max;

    ParticipationFact(String group, String school, int teachers, Bounds bounds) {
      this.group = group;
      this.school = school;
      this.teachers = teachers;
      this.min = bounds.min();
      this.max = bounds.max();
    }

    /**
     * Returns the group's id.
     *
     * @return the id, not null
     */
    public String getGroup() {
      return group;
    }

    /**
     * Returns the school's URN.
     *
     * @return the URN, not null
     */
    public String getSchool() {
      return school;
    }

    /**
     * Returns the number of teachers sent.
     *
     * @return the count
     */
    public int getTeachers() {
      return teachers;
    }

    /**
     * Returns the fewest teachers the phase allows.
     *
     * @return the bound
     */
    public int getMin() {
      return min;
    }

    /**
     * Returns the most teachers the phase allows.
     *
     * @return the bound, {@link Integer#MAX_VALUE} if none
     */
    public int getMax() {
      return max;
    }
  }

  /** A school listed by a group, with its register entry if the register has one. */
  public static final class ListingFact {
    private final String group;
    private final String school;
    private final @Nullable School registered;
    private final @Nullable MathsHub hub;

    ListingFact(String group, String school, @Nullable School registered, @Nullable MathsHub hub) {
      this.group = group;
      this.school = school;
      this.registered = registered;
      this.hub = hub;
    }

    /**
     * Returns the group's id.
     *
     * @return the id, not null
     */
    public String getGroup() {
      return group;
    }

    /**
     * Returns the school's URN.
     *
     * @return the URN, not null
     */
    public String getSchool() {
      return school;
    }

    /**
     * Says whether the register has the school.
     *
     * @return true if it does
     */
    public boolean isRegistered() {
      return registered != null;
    }

    /**
     * Returns the register's status of the school.
     *
     * @return the status, or null if the register has no such school
     */
    public @Nullable EstablishmentStatus getStatus() {
      return registered == null ? null : registered.status();
    }

    /**
     * Returns the school's local authority.
     *
     * @return the authority, or null if the register has no such school
     */
    public @Nullable LocalAuthorityCode getLocalAuthority() {
      return registered == null ? null : registered.localAuthority();
    }

    /**
     * Returns the hub of the enrolment.
     *
     * @return the hub, or null if the enrolment names none
     */
    public @Nullable MathsHub getHub() {
      return hub;
    }

    /**
     * Says whether the school is registered as closed or proposed to open.
     *
     * @return true if it is
     */
    public boolean isClosed() {
      EstablishmentStatus status = getStatus();
      return status == EstablishmentStatus.CLOSED || status == EstablishmentStatus.PROPOSED_TO_OPEN;
    }

    /**
     * Says whether the school is registered, the enrolment names a hub and the hub does not serve
     * the school's local authority.
     *
     * @return true if so
     */
    public boolean isOutsideHub() {
      return registered != null && hub != null && !hub.serves(registered.localAuthority());
    }
  }

  /** A teacher listed by a group for a school. */
  public static final class PlaceFact {
    private static final int[] NOT_COUNTED = new int[1];

    private final String teacher;
    private final String group;
    private final String school;
    int[] placesOfTeacher = NOT_COUNTED;

    PlaceFact(String teacher, String group, String school) {
      this.teacher = teacher;
      this.group = group;
      this.school = school;
    }

    /**
     * Returns the teacher's TRN.
     *
     * @return the TRN, not null
     */
    public String getTeacher() {
      return teacher;
    }

    /**
     * Returns the group's id.
     *
     * @return the id, not null
     */
    public String getGroup() {
      return group;
    }

    /**
     * Returns the school's URN.
     *
     * @return the URN, not null
     */
    public String getSchool() {
      return school;
    }

    /**
     * Returns how many places the teacher's TRN has in the year, when the facts were built with
     * counts.
     *
     * @return the count, 0 if not counted
     */
    public int getPlacesOfTeacher() {
      return placesOfTeacher[0];
    }
  }
}
