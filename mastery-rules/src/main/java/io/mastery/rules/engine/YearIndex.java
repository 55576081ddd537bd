package io.mastery.rules.engine;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.delivery.Delivery;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.hub.MathsHub;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.check.Assignment;
import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Listing;
import io.mastery.rules.check.TeacherPlace;
import io.mastery.rules.progression.SpecialistProgression;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An enrolment indexed once for the rules, in plain hash maps sized from the enrolment: groups by
 * school, teacher, assignment and id; specialists by TRN; earlier history by school, with the
 * records of its predecessors in the register's links added when first asked for. A group can be
 * replaced or added in time proportional to its size, for one-change checks.
 *
 * <p>Not thread-safe.
 */
final class YearIndex implements EnrolledYear {

  /** Which of several entries for one TRN the lead rules read: the lowest cohort, then school. */
  static final Comparator<MasterySpecialist> SPECIALIST_ORDER =
      Comparator.comparing(MasterySpecialist::cohort).thenComparing(MasterySpecialist::school);

  private final Enrolment enrolment;
  private final SchoolRegister register;
  private final ProgrammePolicy policy;
  private final SpecialistProgression progression;
  private final ArrayList<EnrolledGroup> groups;
  private final List<EnrolledGroup> groupsView;
  private final Listed<Urn, EnrolledGroup> bySchool;
  private final Listed<Trn, TeacherPlace> byTeacher;
  private final Listed<Assignment, EnrolledGroup> byAssignment;
  private final Listed<WorkGroupId, EnrolledGroup> byId;
  private final Listed<Trn, MasterySpecialist> specialists;
  private final Set<Urn> specialistSchools;
  private final Map<Stream, Set<Urn>> specialistSchoolsByStream;
  private final Set<Trn> readinessLeads;
  private final Listed<Urn, JourneyRecord> history;
  private final Map<Urn, List<JourneyRecord>> withPredecessors = new HashMap<>();
  private @Nullable IdentityHashMap<EnrolledGroup, Integer> positions;

  YearIndex(Enrolment enrolment, SchoolRegister register, ProgrammePolicy policy) {
    this.enrolment = enrolment;
    this.register = register;
    this.policy = policy;
    this.progression = SpecialistProgression.of(policy);
    List<WorkGroup> workGroups = enrolment.workGroups();
    int n = workGroups.size();
    this.groups = new ArrayList<>(n);
    this.groupsView = Collections.unmodifiableList(groups);
    this.bySchool = new Listed<>(n * 7);
    this.byTeacher = new Listed<>(n * 14);
    this.byAssignment = new Listed<>(n);
    this.byId = new Listed<>(n);
    for (WorkGroup workGroup : workGroups) {
      EnrolledGroup group = EnrolledGroup.of(workGroup, policy, register);
      groups.add(group);
      enter(group);
    }
    List<MasterySpecialist> entries = enrolment.specialists();
    this.specialists = new Listed<>(entries.size());
    this.specialistSchools = new HashSet<>(Math.max(16, entries.size() * 2));
    this.specialistSchoolsByStream = new EnumMap<>(Stream.class);
    for (MasterySpecialist specialist : entries) {
      specialists.put(specialist.trn(), specialist);
      specialistSchools.add(specialist.school());
      specialistSchoolsByStream
          .computeIfAbsent(specialist.stream(), s -> new HashSet<>())
          .add(specialist.school());
    }
    this.readinessLeads = Set.copyOf(enrolment.readinessLeads());
    List<JourneyRecord> records = enrolment.history();
    this.history = new Listed<>(records.size());
    AcademicYear year = enrolment.academicYear();
    for (JourneyRecord record : records) {
      // the year's own participation is what its Work Groups say; later years are no prerequisite
      // a phase signed up for but not completed neither rules out Development nor counts as done
      if (record.academicYear().isBefore(year) && record.completed()) {
        history.put(record.school(), record);
      }
    }
  }

  private YearIndex(YearIndex other) {
    this.enrolment = other.enrolment;
    this.register = other.register;
    this.policy = other.policy;
    this.progression = other.progression;
    this.groups = new ArrayList<>(other.groups);
    this.groupsView = Collections.unmodifiableList(groups);
    this.bySchool = other.bySchool.copy();
    this.byTeacher = other.byTeacher.copy();
    this.byAssignment = other.byAssignment.copy();
    this.byId = other.byId.copy();
    this.specialists = other.specialists;
    this.specialistSchools = other.specialistSchools;
    this.specialistSchoolsByStream = other.specialistSchoolsByStream;
    this.readinessLeads = other.readinessLeads;
    this.history = other.history;
  }

  @Override
  public Optional<Delivery> delivery() {
    return enrolment.delivery();
  }

  YearIndex copy() {
    return new YearIndex(this);
  }

  private void enter(EnrolledGroup group) {
    byId.put(group.id(), group);
    byAssignment.put(group.assignment(), group);
    for (Listing listing : group.listings()) {
      bySchool.put(listing.urn(), group);
    }
    for (Participation participation : group.participations()) {
      for (Trn teacher : participation.teachers()) {
        byTeacher.put(teacher, new TeacherPlace(group, participation.school()));
      }
    }
  }

  private void leave(EnrolledGroup group) {
    byId.remove(group.id(), group);
    for (EnrolledGroup led : byAssignment.get(group.assignment())) {
      if (led == group) {
        byAssignment.remove(group.assignment(), group);
        break;
      }
    }
    for (Listing listing : group.listings()) {
      bySchool.remove(listing.urn(), group);
    }
    for (Participation participation : group.participations()) {
      for (Trn teacher : participation.teachers()) {
        for (TeacherPlace place : byTeacher.get(teacher)) {
          if (place.group() == group) {
            byTeacher.remove(teacher, place);
            break;
          }
        }
      }
    }
  }

  /** Replaces the group at a position, returning the one it held. */
  EnrolledGroup replace(int position, WorkGroup workGroup) {
    EnrolledGroup old = groups.get(position);
    leave(old);
    EnrolledGroup group = EnrolledGroup.of(workGroup, policy, register);
    groups.set(position, group);
    enter(group);
    moved(old, group, position);
    return old;
  }

  /** Puts back a group a {@link #replace} took out. */
  void restore(int position, EnrolledGroup group) {
    EnrolledGroup current = groups.get(position);
    leave(current);
    groups.set(position, group);
    enter(group);
    moved(current, group, position);
  }

  /** Adds a group at the end. */
  EnrolledGroup add(WorkGroup workGroup) {
    EnrolledGroup group = EnrolledGroup.of(workGroup, policy, register);
    groups.add(group);
    enter(group);
    moved(null, group, groups.size() - 1);
    return group;
  }

  /** Takes out the group {@link #add} added last. */
  void removeLast() {
    EnrolledGroup last = groups.remove(groups.size() - 1);
    leave(last);
    moved(last, null, -1);
  }

  private void moved(
      @Nullable EnrolledGroup out, @Nullable EnrolledGroup in, int position) {
    if (positions == null) {
      return;
    }
    if (out != null) {
      positions.remove(out);
    }
    if (in != null) {
      positions.put(in, position);
    }
  }

  /** Returns the position of a group in the enrolment's order. */
  int positionOf(EnrolledGroup group) {
    if (positions == null) {
      positions = new IdentityHashMap<>(groups.size() * 2);
      for (int q = 0; q < groups.size(); q++) {
        positions.put(groups.get(q), q);
      }
    }
    Integer found = positions.get(group);
    if (found == null) {
      throw new IllegalStateException("group not indexed: " + group);
    }
    return found;
  }

  /** Returns the position of the first group with an id, or -1. */
  int position(WorkGroupId id) {
    int first = -1;
    for (EnrolledGroup group : byId.get(id)) {
      int q = positionOf(group);
      if (first < 0 || q < first) {
        first = q;
      }
    }
    return first;
  }

  Enrolment enrolment() {
    List<WorkGroup> current = new ArrayList<>(groups.size());
    for (EnrolledGroup group : groups) {
      current.add(group.group());
    }
    return enrolment.withWorkGroups(current);
  }

  @Override
  public AcademicYear academicYear() {
    return enrolment.academicYear();
  }

  @Override
  public ProgrammePolicy policy() {
    return policy;
  }

  @Override
  public SpecialistProgression progression() {
    return progression;
  }

  @Override
  public Optional<MathsHub> hub() {
    return enrolment.hub();
  }

  @Override
  public List<EnrolledGroup> groups() {
    return groupsView;
  }

  @Override
  public Optional<School> school(Urn urn) {
    return register.find(urn);
  }

  @Override
  public Set<Urn> schools() {
    return bySchool.keys();
  }

  @Override
  public List<EnrolledGroup> groupsOf(Urn school) {
    return bySchool.get(school);
  }

  @Override
  public Set<Trn> teachers() {
    return byTeacher.keys();
  }

  @Override
  public List<TeacherPlace> placesOf(Trn teacher) {
    return byTeacher.get(teacher);
  }

  @Override
  public Set<Assignment> assignments() {
    return byAssignment.keys();
  }

  @Override
  public List<EnrolledGroup> groupsOf(Assignment assignment) {
    return byAssignment.get(assignment);
  }

  @Override
  public Set<WorkGroupId> groupIds() {
    return byId.keys();
  }

  @Override
  public List<EnrolledGroup> groupsWithId(WorkGroupId id) {
    return byId.get(id);
  }

  @Override
  public Set<Trn> specialistTrns() {
    return specialists.keys();
  }

  @Override
  public List<MasterySpecialist> specialistEntries(Trn trn) {
    List<MasterySpecialist> entries = specialists.get(trn);
    if (entries.size() < 2) {
      return entries;
    }
    List<MasterySpecialist> sorted = new ArrayList<>(entries);
    sorted.sort(SPECIALIST_ORDER);
    return Collections.unmodifiableList(sorted);
  }

  @Override
  public boolean isReadinessLead(Trn trn) {
    return readinessLeads.contains(trn);
  }

  @Override
  public boolean isSpecialistSchool(Urn school, Stream stream) {
    Set<Urn> schools = specialistSchoolsByStream.get(stream);
    return schools != null && schools.contains(school);
  }

  @Override
  public boolean isSpecialistSchool(Urn school) {
    return specialistSchools.contains(school);
  }

  @Override
  public List<JourneyRecord> earlierHistory(Urn school) {
    List<JourneyRecord> own = history.get(school);
    if (register.links().isEmpty()) {
      return own;
    }
    List<JourneyRecord> found = withPredecessors.get(school);
    if (found == null) {
      List<Urn> predecessors = register.links().predecessorsOf(school);
      if (predecessors.isEmpty()) {
        found = own;
      } else {
        List<JourneyRecord> all = new ArrayList<>(own);
        for (Urn predecessor : predecessors) {
          all.addAll(history.get(predecessor));
        }
        found = Collections.unmodifiableList(all);
      }
      withPredecessors.put(school, found);
    }
    return found;
  }
}
