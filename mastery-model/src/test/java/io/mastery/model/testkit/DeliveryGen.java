package io.mastery.model.testkit;

import static io.mastery.model.testkit.Generators.listsOf;
import static io.mastery.model.testkit.Generators.optionals;
import static io.mastery.model.testkit.Generators.uniqueListsOf;
import static io.mastery.model.testkit.MasteryGen.halfTerms;
import static io.mastery.model.testkit.MasteryGen.trns;
import static io.mastery.model.testkit.MasteryGen.urns;
import static io.mastery.model.testkit.MasteryGen.workGroupIds;
import static org.quicktheories.generators.SourceDSL.longs;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.calendar.HalfTerm;
import io.mastery.model.calendar.Term;
import io.mastery.model.delivery.Cadence;
import io.mastery.model.delivery.Delivery;
import io.mastery.model.delivery.DeliveryCalendar;
import io.mastery.model.delivery.GroupDelivery;
import io.mastery.model.delivery.Meeting;
import io.mastery.model.delivery.SupportVisit;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.school.Urn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * Generators for delivery logs: any meeting, visit and log the types accept, and the complete log
 * of a Work Group under its phase's rules (every meeting due, attended by all its teachers, and
 * every school's termly visits, each on a day inside its half-term or term).
 */
public final class DeliveryGen {

  private DeliveryGen() {}

  /** Any day in 2015/16 to 2030/31. */
  public static Gen<LocalDate> days() {
    return MasteryGen.datesInProgrammeYears();
  }

  /** Any meeting, attended by up to four teachers. */
  public static Gen<Meeting> meetings() {
    return days().zip(halfTerms(), uniqueListsOf(trns(), t -> t, 0, 4), Meeting::of);
  }

  /** Any support visit. */
  public static Gen<SupportVisit> supportVisits() {
    return urns().zip(days(), SupportVisit::of);
  }

  /** Any group's delivery: up to eight meetings and eight visits. */
  public static Gen<GroupDelivery> groupDeliveries() {
    return workGroupIds()
        .zip(listsOf(meetings(), 0, 8), listsOf(supportVisits(), 0, 8), GroupDelivery::of);
  }

  /** Any delivery log: up to three groups, each once, judged as of a day or not. */
  public static Gen<Delivery> deliveries() {
    return uniqueListsOf(groupDeliveries(), GroupDelivery::workGroup, 0, 3)
        .zip(
            optionals(days()),
            (groups, asOf) -> Delivery.builder().addAllWorkGroups(groups).asOf(asOf).build());
  }

  /**
   * The complete delivery of a Work Group under its phase's rules, on days chosen at random inside
   * each half-term and term.
   *
   * @param group the group, not null
   * @param rules its phase's rules, not null
   * @return the deliveries, not null
   */
  public static Gen<GroupDelivery> complete(WorkGroup group, PhaseRules rules) {
    return longs().all().map(seed -> complete(group, rules, new Random(seed)));
  }

  /**
   * The complete delivery of a Work Group, on days chosen by a random source.
   *
   * @param group the group, not null
   * @param rules its phase's rules, not null
   * @param random the source of the days, not null
   * @return the delivery, not null
   */
  public static GroupDelivery complete(WorkGroup group, PhaseRules rules, Random random) {
    AcademicYear year = group.academicYear();
    Cadence cadence = Cadence.of(rules);
    Set<Trn> teachers = new LinkedHashSet<>();
    Set<Urn> schools = new LinkedHashSet<>();
    for (Participation p : group.participations()) {
      schools.add(p.school());
      teachers.addAll(p.teachers());
    }
    List<Meeting> meetings = new ArrayList<>();
    for (Cadence.Window window : cadence.windows()) {
      for (int i = 0; i < window.meetings(); i++) {
        HalfTerm halfTerm = window.halfTerms().get(random.nextInt(window.halfTerms().size()));
        meetings.add(
            Meeting.of(
                dayBetween(
                    DeliveryCalendar.earliestStart(year, halfTerm),
                    DeliveryCalendar.latestEnd(year, halfTerm),
                    random),
                halfTerm,
                teachers));
      }
    }
    List<SupportVisit> visits = new ArrayList<>();
    for (Urn school : schools) {
      for (Term term : Term.inOrder()) {
        for (int i = 0; i < cadence.visitsIn(term); i++) {
          visits.add(
              SupportVisit.of(
                  school,
                  dayBetween(
                      DeliveryCalendar.earliestStart(year, HalfTerm.of(term, 1)),
                      DeliveryCalendar.latestEnd(year, HalfTerm.of(term, 2)),
                      random)));
        }
      }
    }
    return GroupDelivery.of(group.id(), meetings, visits);
  }

  private static LocalDate dayBetween(LocalDate first, LocalDate last, Random random) {
    long days = last.toEpochDay() - first.toEpochDay() + 1;
    return first.plusDays(random.nextInt((int) days));
  }
}
