package io.mastery.rules.engine;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.hub.MathsHub;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.journey.SchoolJourney;
import io.mastery.rules.progression.SpecialistProgression;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An enrolment indexed once for the rules: schools by URN, specialists by TRN, earlier history by
 * URN and Work Groups by school, id, lead and teacher, so that every rule runs in time linear in the
 * size of the enrolment.
 *
 * <p>Not thread-safe: each evaluation builds its own.
 */
final class EvaluationContext {

  /** Which of several entries for one TRN the lead rules read: the lowest cohort, then school. */
  static final Comparator<MasterySpecialist> SPECIALIST_ORDER =
      Comparator.comparing(MasterySpecialist::cohort).thenComparing(MasterySpecialist::school);

  /** A lead's assignment: the groups of one stream and phase a specialist leads. */
  record Assignment(Trn lead, Stream stream, Phase phase) {}

  /** One listing of a teacher: the group and the school that sends them. */
  record TeacherPlace(EnrolledGroup group, Urn school) {}

  private final Enrolment enrolment;
  private final SchoolRegister register;
  private final ProgrammePolicy policy;
  private final SpecialistProgression progression;
  private final ImmutableList<EnrolledGroup> groups;
  private final ImmutableListMultimap<Urn, EnrolledGroup> groupsBySchool;
  private final ImmutableListMultimap<WorkGroupId, EnrolledGroup> groupsById;
  private final ImmutableListMultimap<Assignment, EnrolledGroup> groupsByAssignment;
  private final ImmutableListMultimap<Trn, TeacherPlace> placesByTeacher;
  private final ImmutableListMultimap<Trn, MasterySpecialist> specialistsByTrn;
  private final ImmutableSet<Urn> specialistSchools;
  private final ImmutableListMultimap<Urn, JourneyRecord> earlierHistory;
  private final Map<Urn, SchoolJourney> journeys = new HashMap<>();

  EvaluationContext(Enrolment enrolment, SchoolRegister register, ProgrammePolicy policy) {
    this.enrolment = enrolment;
    this.register = register;
    this.policy = policy;
    this.progression = SpecialistProgression.of(policy);

    ImmutableList.Builder<EnrolledGroup> groupList = ImmutableList.builder();
    ImmutableListMultimap.Builder<Urn, EnrolledGroup> bySchool = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<WorkGroupId, EnrolledGroup> byId = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<Assignment, EnrolledGroup> byAssignment =
        ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<Trn, TeacherPlace> byTeacher = ImmutableListMultimap.builder();
    for (WorkGroup workGroup : enrolment.workGroups()) {
      EnrolledGroup group =
          new EnrolledGroup(
              workGroup,
              policy.phaseRules(workGroup.stream(), workGroup.phase(), enrolment.academicYear()));
      groupList.add(group);
      byId.put(group.id(), group);
      byAssignment.put(
          new Assignment(workGroup.lead(), workGroup.stream(), workGroup.phase()), group);
      for (Urn school : group.schools()) {
        bySchool.put(school, group);
      }
      for (Participation participation : workGroup.participations()) {
        for (Trn teacher : participation.teachers()) {
          byTeacher.put(teacher, new TeacherPlace(group, participation.school()));
        }
      }
    }
    this.groups = groupList.build();
    this.groupsBySchool = bySchool.build();
    this.groupsById = byId.build();
    this.groupsByAssignment = byAssignment.build();
    this.placesByTeacher = byTeacher.build();

    ImmutableListMultimap.Builder<Trn, MasterySpecialist> specialists =
        ImmutableListMultimap.builder();
    ImmutableSet.Builder<Urn> ownSchools = ImmutableSet.builder();
    for (MasterySpecialist specialist : enrolment.specialists()) {
      specialists.put(specialist.trn(), specialist);
      ownSchools.add(specialist.school());
    }
    this.specialistsByTrn = specialists.orderValuesBy(SPECIALIST_ORDER).build();
    this.specialistSchools = ownSchools.build();

    ImmutableListMultimap.Builder<Urn, JourneyRecord> history = ImmutableListMultimap.builder();
    for (JourneyRecord record : enrolment.history()) {
      // the year's own participation is what its Work Groups say; later years are no prerequisite
      if (record.academicYear().isBefore(enrolment.academicYear())) {
        history.put(record.school(), record);
      }
    }
    this.earlierHistory = history.build();
  }

  AcademicYear year() {
    return enrolment.academicYear();
  }

  ProgrammePolicy policy() {
    return policy;
  }

  SpecialistProgression progression() {
    return progression;
  }

  Optional<MathsHub> hub() {
    return enrolment.hub();
  }

  /** Returns the Work Groups, in the order given. */
  List<EnrolledGroup> groups() {
    return groups;
  }

  Optional<School> school(Urn urn) {
    return register.find(urn);
  }

  /** Returns every school listed in a Work Group, each once. */
  Set<Urn> enrolledSchools() {
    return groupsBySchool.keySet();
  }

  /** Returns the groups listing a school, each once. */
  List<EnrolledGroup> groupsOf(Urn school) {
    return groupsBySchool.get(school);
  }

  ImmutableListMultimap<WorkGroupId, EnrolledGroup> groupsById() {
    return groupsById;
  }

  ImmutableListMultimap<Assignment, EnrolledGroup> groupsByAssignment() {
    return groupsByAssignment;
  }

  ImmutableListMultimap<Trn, TeacherPlace> placesByTeacher() {
    return placesByTeacher;
  }

  ImmutableListMultimap<Trn, MasterySpecialist> specialistsByTrn() {
    return specialistsByTrn;
  }

  /** Finds the specialist with a TRN; of several entries, the first in {@link #SPECIALIST_ORDER}. */
  Optional<MasterySpecialist> specialist(Trn trn) {
    List<MasterySpecialist> found = specialistsByTrn.get(trn);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Returns a school's journey from the history of earlier years. */
  SchoolJourney journey(Urn school) {
    return journeys.computeIfAbsent(
        school,
        urn ->
            SchoolJourney.of(urn, earlierHistory.get(urn))
                .withSpecialistSchool(specialistSchools.contains(urn)));
  }
}
