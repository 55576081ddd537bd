package io.mastery.rules.delivery;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.calendar.HalfTerm;
import io.mastery.model.delivery.Cadence;
import io.mastery.model.delivery.Completion;
import io.mastery.model.delivery.Delivery;
import io.mastery.model.delivery.GroupDelivery;
import io.mastery.model.delivery.Meeting;
import io.mastery.model.policy.DeliveryTerms;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Listing;
import io.mastery.rules.result.SchoolCompletion;
import java.util.ArrayList;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.workgroup.WorkGroup;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One Work Group's delivery worked out against its phase's rules: the meetings due in the
 * half-terms judged so far and still to come, the meetings each school's teachers attended, and so
 * whether each school completed its phase, is on track, or did not complete. A meeting counts for a
 * school when at least one of the teachers the group lists for it attended; a meeting dated outside
 * the year counts for nobody.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Attendance {

  private final EnrolledGroup group;
  private final AcademicYear year;
  private final Delivery delivery;
  private final GroupDelivery log;
  private final Cadence cadence;
  private final DeliveryTerms terms;
  private final int due;
  private final int remaining;
  private final Map<Urn, Integer> attended;

  private Attendance(EnrolledGroup group, Delivery delivery, PhaseRules rules) {
    this.group = group;
    this.year = group.group().academicYear();
    this.delivery = delivery;
    this.log = delivery.workGroup(group.id()).orElse(GroupDelivery.of(group.id(), List.of(), List.of()));
    this.cadence = Cadence.of(rules);
    this.terms = rules.deliveryTermsOrDefault();
    int judged = 0;
    int toCome = 0;
    for (Cadence.Window window : cadence.windows()) {
      if (delivery.judges(year, window.last())) {
        judged += window.meetings();
      } else {
        toCome += window.meetings();
      }
    }
    this.due = judged;
    this.remaining = toCome;
    Map<Trn, Set<Urn>> schoolsOf = new HashMap<>();
    for (Participation p : group.participations()) {
      for (Trn teacher : p.teachers()) {
        schoolsOf.computeIfAbsent(teacher, t -> new HashSet<>()).add(p.school());
      }
    }
    Map<Urn, Integer> counts = new HashMap<>();
    for (Meeting meeting : log.meetings()) {
      if (!year.contains(meeting.date())) {
        continue;
      }
      Set<Urn> present = new HashSet<>();
      for (Trn teacher : meeting.attended()) {
        present.addAll(schoolsOf.getOrDefault(teacher, Set.of()));
      }
      for (Urn school : present) {
        counts.merge(school, 1, Integer::sum);
      }
    }
    this.attended = counts;
  }

  /**
   * Works out a Work Group's delivery.
   *
   * @param group the group, not null
   * @param year the year it runs in, not null
   * @return the attendance, or empty if the year has no delivery log or the edition does not offer
   *     the group's phase
   */
  public static Optional<Attendance> of(EnrolledGroup group, EnrolledYear year) {
    Objects.requireNonNull(group, "group");
    Optional<Delivery> delivery = year.delivery();
    if (delivery.isEmpty() || group.rules().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Attendance(group, delivery.get(), group.rules().get()));
  }

  /**
   * Works out a Work Group's delivery against a delivery log.
   *
   * @param group the group, not null
   * @param delivery the hub's delivery log, not null
   * @return the attendance, or empty if the edition does not offer the group's phase
   */
  public static Optional<Attendance> of(EnrolledGroup group, Delivery delivery) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(delivery, "delivery");
    return group.rules().map(rules -> new Attendance(group, delivery, rules));
  }

  /**
   * Says whether each school of a Work Group completed its phase, as the roll-ups count it.
   *
   * @param group the group, not null
   * @param policy the edition it is judged by, not null
   * @param delivery the hub's delivery log, not null
   * @return the completion of each school the group lists, in the order listed; empty if the
   *     edition does not offer the group's phase
   */
  public static Map<Urn, Completion> completionsOf(
      WorkGroup group, ProgrammePolicy policy, Delivery delivery) {
    Optional<Attendance> attendance =
        of(EnrolledGroup.of(group, policy, SchoolRegister.empty()), delivery);
    Map<Urn, Completion> found = new LinkedHashMap<>();
    if (attendance.isPresent()) {
      for (Listing listing : attendance.get().group().listings()) {
        found.put(listing.urn(), attendance.get().completion(listing.urn()));
      }
    }
    return found;
  }

  /**
   * Says, for each school of each Work Group of the year, whether it completed its phase.
   *
   * @param year the year, not null
   * @return the completions, in the order of the groups and their schools, empty without a
   *     delivery log, not null
   */
  public static List<SchoolCompletion> completions(EnrolledYear year) {
    if (year.delivery().isEmpty()) {
      return List.of();
    }
    List<SchoolCompletion> found = new ArrayList<>();
    for (EnrolledGroup group : year.groups()) {
      Optional<Attendance> attendance = of(group, year);
      if (attendance.isEmpty()) {
        continue;
      }
      for (Listing listing : group.listings()) {
        found.add(
            SchoolCompletion.builder()
                .workGroup(group.id())
                .school(listing.urn())
                .stream(group.stream())
                .phase(group.phase())
                .completion(attendance.get().completion(listing.urn()))
                .attended(attendance.get().attended(listing.urn()))
                .needed(attendance.get().terms().meetingsForCompletion())
                .build());
      }
    }
    return found;
  }

  /**
   * Returns the group.
   *
   * @return the group, not null
   */
  public EnrolledGroup group() {
    return group;
  }

  /**
   * Returns the hub's whole delivery log.
   *
   * @return the log, not null
   */
  public Delivery delivery() {
    return delivery;
  }

  /**
   * Returns the group's own record in the log: empty of meetings and visits if the log has none.
   *
   * @return the record, not null
   */
  public GroupDelivery log() {
    return log;
  }

  /**
   * Returns how the phase's meetings and visits fall in the year.
   *
   * @return the cadence, not null
   */
  public Cadence cadence() {
    return cadence;
  }

  /**
   * Returns what the edition asks for completion in the phase.
   *
   * @return the terms, not null
   */
  public DeliveryTerms terms() {
    return terms;
  }

  /**
   * Checks whether a half-term is judged: it has ended by the log's as-of day.
   *
   * @param halfTerm the half-term, not null
   * @return true if judged
   */
  public boolean judges(HalfTerm halfTerm) {
    return delivery.judges(year, halfTerm);
  }

  /**
   * Returns the meetings due in the half-terms judged so far.
   *
   * @return the number, zero or more
   */
  public int due() {
    return due;
  }

  /**
   * Returns the meetings due in the half-terms still to be judged.
   *
   * @return the number, zero or more
   */
  public int remaining() {
    return remaining;
  }

  /**
   * Returns the meetings of the year that a school's teachers attended.
   *
   * @param school the school's URN, not null
   * @return the number, zero or more
   */
  public int attended(Urn school) {
    return attended.getOrDefault(school, 0);
  }

  /**
   * Returns the meetings due so far that a school's teachers missed.
   *
   * @param school the school's URN, not null
   * @return the number, zero or more
   */
  public int missed(Urn school) {
    return Math.max(0, due - attended(school));
  }

  /**
   * Says whether a school completed its phase: it attended the meetings completion asks for and
   * the year's last half-term has been judged (completed), or it can still attend them (on track),
   * or it cannot (not completed).
   *
   * @param school the school's URN, not null
   * @return the completion, not null
   */
  public Completion completion(Urn school) {
    int needed = terms.meetingsForCompletion();
    int present = attended(school);
    if (present >= needed) {
      return judges(HalfTerm.SUMMER_2) ? Completion.COMPLETED : Completion.ON_TRACK;
    }
    return present + remaining >= needed ? Completion.ON_TRACK : Completion.NOT_COMPLETED;
  }
}
