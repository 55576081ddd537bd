package io.mastery.rules.check;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.delivery.Delivery;
import io.mastery.model.hub.MathsHub;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.School;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.progression.SpecialistProgression;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A hub's year as the rules read it, indexed once: its Work Groups, and the groups by school, by
 * teacher, by lead's assignment and by id; the hub's specialists by TRN; each school's history of
 * earlier years. Every lookup takes constant time, so a rule that visits each unit once runs in
 * time linear in the size of the year.
 *
 * <p>A view is read-only; lists and sets it returns are immutable. A lookup of something the year
 * does not hold returns an empty list, never null.
 */
public interface EnrolledYear {

  /**
   * Returns the academic year judged.
   *
   * @return the year, not null
   */
  AcademicYear academicYear();

  /**
   * Returns the policy edition the year is judged by.
   *
   * @return the edition, not null
   */
  ProgrammePolicy policy();

  /**
   * Returns the specialists' progression under the edition.
   *
   * @return the progression, not null
   */
  SpecialistProgression progression();

  /**
   * Returns the hub, if the enrolment names one.
   *
   * @return the hub, or empty
   */
  Optional<MathsHub> hub();

  /**
   * Returns the Work Groups, in the order the enrolment gave them.
   *
   * @return the groups, not null
   */
  List<EnrolledGroup> groups();

  /**
   * Looks a school up in the register.
   *
   * @param urn the URN, not null
   * @return the school, or empty if the register has none
   */
  Optional<School> school(Urn urn);

  /**
   * Returns every school a Work Group lists, each once.
   *
   * @return the URNs, not null
   */
  Set<Urn> schools();

  /**
   * Returns the groups listing a school, each once, in the enrolment's order.
   *
   * @param school the URN, not null
   * @return the groups, not null
   */
  List<EnrolledGroup> groupsOf(Urn school);

  /**
   * Returns every teacher a Work Group lists.
   *
   * @return the TRNs, not null
   */
  Set<Trn> teachers();

  /**
   * Returns every listing of a teacher, repeats included.
   *
   * @param teacher the TRN, not null
   * @return the places, not null
   */
  List<TeacherPlace> placesOf(Trn teacher);

  /**
   * Returns every lead's assignment of the year.
   *
   * @return the assignments, not null
   */
  Set<Assignment> assignments();

  /**
   * Returns the groups of one assignment.
   *
   * @param assignment the assignment, not null
   * @return the groups, not null
   */
  List<EnrolledGroup> groupsOf(Assignment assignment);

  /**
   * Returns every Work Group id of the year.
   *
   * @return the ids, not null
   */
  Set<WorkGroupId> groupIds();

  /**
   * Returns the groups with an id.
   *
   * @param id the id, not null
   * @return the groups, not null
   */
  List<EnrolledGroup> groupsWithId(WorkGroupId id);

  /**
   * Returns every TRN among the hub's Mastery Specialists.
   *
   * @return the TRNs, not null
   */
  Set<Trn> specialistTrns();

  /**
   * Returns the entries of one TRN among the specialists, lowest cohort first, then by school.
   *
   * @param trn the TRN, not null
   * @return the entries, not null
   */
  List<MasterySpecialist> specialistEntries(Trn trn);

  /**
   * Finds the specialist with a TRN; of several entries, the lowest cohort, then school.
   *
   * @param trn the TRN, not null
   * @return the specialist, or empty
   */
  default Optional<MasterySpecialist> specialist(Trn trn) {
    List<MasterySpecialist> found = specialistEntries(trn);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * Checks whether a teacher is one of the hub's Mastery Readiness Leads, who may lead the groups
   * of a phase the edition lets them lead (Mastery Readiness) without being Mastery Specialists.
   *
   * @param trn the TRN, not null
   * @return true if one of the hub's Readiness Leads
   */
  boolean isReadinessLead(Trn trn);

  /**
   * Checks whether a school is the own school of a specialist of one stream: a primary
   * specialist's school, or a secondary specialist's department.
   *
   * @param school the URN, not null
   * @param stream the specialist's stream, not null
   * @return true if the own school of one of the hub's specialists of the stream
   */
  boolean isSpecialistSchool(Urn school, Stream stream);

  /**
   * Checks whether a school is the own school of one of the hub's specialists.
   *
   * @param school the URN, not null
   * @return true if a specialist's own school
   */
  boolean isSpecialistSchool(Urn school);

  /**
   * Returns a school's history of years before this one: the records of this year or later are
   * not read, since this year's participation is what its Work Groups say. The history includes
   * that of the school's predecessors in the register's links ({@link
   * io.mastery.model.school.SchoolLinks#predecessorsOf}), each record keeping its predecessor's
   * URN, so that a converter academy's history holds its predecessor's Development year.
   *
   * @param school the URN, not null
   * @return the records, the school's own in the enrolment's order, then its predecessors', nearest
   *     first, not null
   */
  List<JourneyRecord> earlierHistory(Urn school);

  /**
   * Returns the year's delivery log, if the enrolment gives one; without it no delivery rule
   * reports anything.
   *
   * @return the log, or empty
   */
  default Optional<Delivery> delivery() {
    return Optional.empty();
  }
}
