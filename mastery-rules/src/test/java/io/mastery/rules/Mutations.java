package io.mastery.rules;

import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Ways to change a valid hub year that keep it valid (fresh schools, teachers and groups that
 * satisfy every rule), so that a test can then break exactly one rule.
 */
public final class Mutations {

  private Mutations() {}

  /** Returns a URN no school, record or specialist of the year uses. */
  public static Urn freshUrn(HubYear year) {
    Enrolment e = year.enrolment();
    int max =
        Stream.of(
                year.register().schools().stream().map(School::urn),
                e.history().stream().map(JourneyRecord::school),
                e.specialists().stream().map(MasterySpecialist::school),
                e.workGroups().stream().flatMap(g -> g.schools().stream()))
            .flatMap(s -> s)
            .mapToInt(Urn::value)
            .max()
            .orElse(100_000);
    return Urn.of(max + 1);
  }

  /** Returns a TRN no teacher, lead or specialist of the year uses. */
  public static Trn freshTrn(HubYear year) {
    Enrolment e = year.enrolment();
    long max =
        Stream.of(
                e.specialists().stream().map(MasterySpecialist::trn),
                e.workGroups().stream().map(WorkGroup::lead),
                e.workGroups().stream()
                    .flatMap(g -> g.participations().stream())
                    .flatMap(p -> p.teachers().stream()))
            .flatMap(s -> s)
            .mapToLong(t -> Long.parseLong(t.value()))
            .max()
            .orElse(3_000_000);
    return Trn.of(Long.toString(max + 1));
  }

  /** Returns fresh TRNs, as many as asked. */
  public static List<Trn> freshTrns(HubYear year, int count) {
    long first = Long.parseLong(freshTrn(year).value());
    List<Trn> trns = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      trns.add(Trn.of(Long.toString(first + i)));
    }
    return trns;
  }

  /**
   * Returns a copy with a new school like the given one: the same register entry and history under
   * a fresh URN (and, for a specialist's own school, a specialist of its own), not yet in a group.
   */
  public static Cloned cloneSchool(HubYear year, Urn original) {
    Urn urn = freshUrn(year);
    School school = School.builder().from(year.school(original)).urn(urn).build();
    Enrolment e = year.enrolment();
    List<JourneyRecord> history = new ArrayList<>(e.history());
    for (JourneyRecord record : e.history()) {
      if (record.school().equals(original)) {
        history.add(JourneyRecord.of(urn, record.phase(), record.academicYear()));
      }
    }
    List<MasterySpecialist> specialists = new ArrayList<>(e.specialists());
    HubYear changed = year.withEnrolment(e.withHistory(history)).withSchool(school);
    for (MasterySpecialist specialist : e.specialists()) {
      if (specialist.school().equals(original)) {
        specialists.add(MasterySpecialist.of(freshTrn(changed), urn, specialist.cohort()));
        changed = changed.withEnrolment(changed.enrolment().withSpecialists(specialists));
      }
    }
    return new Cloned(changed, urn);
  }

  /** A changed year and the URN of the school cloned into it. */
  public record Cloned(HubYear year, Urn urn) {}

  /**
   * Returns a copy with a new Work Group like the given one: fresh schools cloned from its schools,
   * fresh teachers, and either the same lead or a new specialist like the lead.
   */
  public static HubYear cloneGroup(
      HubYear year, WorkGroup original, WorkGroupId id, boolean sameLead) {
    HubYear changed = year;
    List<Urn> schools = new ArrayList<>();
    for (Participation p : original.participations()) {
      Cloned cloned = cloneSchool(changed, p.school());
      changed = cloned.year();
      schools.add(cloned.urn());
    }
    int teacherCount =
        original.participations().stream().mapToInt(p -> p.teachers().size()).sum();
    List<Trn> fresh = freshTrns(changed, teacherCount + 1);
    List<Participation> participations = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < schools.size(); i++) {
      int count = original.participations().get(i).teachers().size();
      participations.add(Participation.of(schools.get(i), fresh.subList(next, next + count)));
      next += count;
    }
    Trn lead = original.lead();
    if (!sameLead) {
      MasterySpecialist like =
          changed.enrolment().specialists().stream()
              .filter(s -> s.trn().equals(original.lead()))
              .findFirst()
              .orElseThrow();
      lead = fresh.get(teacherCount);
      List<MasterySpecialist> specialists = new ArrayList<>(changed.enrolment().specialists());
      specialists.add(MasterySpecialist.of(lead, like.school(), like.cohort()));
      changed = changed.withEnrolment(changed.enrolment().withSpecialists(specialists));
    }
    WorkGroup clone =
        WorkGroup.builder().from(original).id(id).lead(lead).participations(participations).build();
    List<WorkGroup> groups = new ArrayList<>(changed.enrolment().workGroups());
    groups.add(clone);
    return changed.withEnrolment(changed.enrolment().withWorkGroups(groups));
  }

  /** Returns a copy whose register has the given schools in reverse order. */
  public static SchoolRegister reversed(SchoolRegister register) {
    List<School> schools = new ArrayList<>(register.schools());
    java.util.Collections.reverse(schools);
    return SchoolRegister.of(schools);
  }
}
