package io.mastery.rules.engine;

import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One proposed change to a hub's year, as an enrolment form makes it: a school joins or leaves a
 * Work Group, a teacher is added or removed, a group's lead is set, or a group is added. A change
 * names its group by id; of several groups with the id, the first in the enrolment's order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Change {

  /** What a change does. */
  public enum Kind {
    /** A school joins a Work Group, with its teachers. */
    ADD_SCHOOL,
    /** A school leaves a Work Group: every listing of its URN there goes. */
    REMOVE_SCHOOL,
    /** A teacher is added to a school's listing in a Work Group. */
    ADD_TEACHER,
    /** A teacher is taken off a school's listings in a Work Group. */
    REMOVE_TEACHER,
    /** A Work Group's lead is set. */
    SET_LEAD,
    /** A Work Group is added to the year. */
    ADD_GROUP
  }

  private final Kind kind;
  private final WorkGroupId group;
  private final @Nullable Urn school;
  private final List<Trn> teachers;
  private final @Nullable WorkGroup added;

  private Change(
      Kind kind,
      WorkGroupId group,
      @Nullable Urn school,
      List<Trn> teachers,
      @Nullable WorkGroup added) {
    this.kind = kind;
    this.group = group;
    this.school = school;
    this.teachers = List.copyOf(teachers);
    this.added = added;
  }

  /**
   * A school joins a Work Group, sending the teachers given.
   *
   * @param group the group's id, not null
   * @param school the school's URN, not null
   * @param teachers the teachers it sends, not null
   * @return the change, not null
   */
  public static Change addSchool(WorkGroupId group, Urn school, List<Trn> teachers) {
    return new Change(
        Kind.ADD_SCHOOL,
        Objects.requireNonNull(group, "group"),
        Objects.requireNonNull(school, "school"),
        teachers,
        null);
  }

  /**
   * A school leaves a Work Group.
   *
   * @param group the group's id, not null
   * @param school the school's URN, not null
   * @return the change, not null
   */
  public static Change removeSchool(WorkGroupId group, Urn school) {
    return new Change(
        Kind.REMOVE_SCHOOL,
        Objects.requireNonNull(group, "group"),
        Objects.requireNonNull(school, "school"),
        List.of(),
        null);
  }

  /**
   * A teacher is added to a school's first listing in a Work Group.
   *
   * @param group the group's id, not null
   * @param school the school's URN, not null
   * @param teacher the teacher's TRN, not null
   * @return the change, not null
   */
  public static Change addTeacher(WorkGroupId group, Urn school, Trn teacher) {
    return new Change(
        Kind.ADD_TEACHER,
        Objects.requireNonNull(group, "group"),
        Objects.requireNonNull(school, "school"),
        List.of(teacher),
        null);
  }

  /**
   * A teacher is taken off every listing of a school in a Work Group.
   *
   * @param group the group's id, not null
   * @param school the school's URN, not null
   * @param teacher the teacher's TRN, not null
   * @return the change, not null
   */
  public static Change removeTeacher(WorkGroupId group, Urn school, Trn teacher) {
    return new Change(
        Kind.REMOVE_TEACHER,
        Objects.requireNonNull(group, "group"),
        Objects.requireNonNull(school, "school"),
        List.of(teacher),
        null);
  }

  /**
   * A Work Group's lead is set.
   *
   * @param group the group's id, not null
   * @param lead the lead's TRN, not null
   * @return the change, not null
   */
  public static Change setLead(WorkGroupId group, Trn lead) {
    return new Change(
        Kind.SET_LEAD, Objects.requireNonNull(group, "group"), null, List.of(lead), null);
  }

  /**
   * A Work Group is added to the year, after the others.
   *
   * @param group the group, of the year's academic year, not null
   * @return the change, not null
   */
  public static Change addGroup(WorkGroup group) {
    return new Change(Kind.ADD_GROUP, group.id(), null, List.of(), group);
  }

  /**
   * Returns what the change does.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the id of the Work Group changed or added.
   *
   * @return the id, not null
   */
  public WorkGroupId workGroup() {
    return group;
  }

  @Nullable WorkGroup added() {
    return added;
  }

  /** Returns the group as the change leaves it. */
  WorkGroup applyTo(WorkGroup old) {
    List<Participation> participations = new ArrayList<>(old.participations());
    Urn urn = school;
    switch (kind) {
      case ADD_SCHOOL:
        participations.add(Participation.of(Objects.requireNonNull(urn), teachers));
        return old.withParticipations(participations);
      case REMOVE_SCHOOL:
        participations.removeIf(p -> p.school().equals(urn));
        return old.withParticipations(participations);
      case ADD_TEACHER:
        for (int i = 0; i < participations.size(); i++) {
          Participation p = participations.get(i);
          if (p.school().equals(urn)) {
            List<Trn> more = new ArrayList<>(p.teachers());
            more.addAll(teachers);
            participations.set(i, Participation.of(p.school(), more));
            return old.withParticipations(participations);
          }
        }
        throw new IllegalArgumentException(
            "Work Group " + group + " does not list school " + urn + " to add a teacher to");
      case REMOVE_TEACHER:
        for (int i = 0; i < participations.size(); i++) {
          Participation p = participations.get(i);
          if (p.school().equals(urn)) {
            List<Trn> fewer = new ArrayList<>(p.teachers());
            fewer.removeAll(teachers);
            participations.set(i, Participation.of(p.school(), fewer));
          }
        }
        return old.withParticipations(participations);
      case SET_LEAD:
        return old.withLead(teachers.get(0));
      default:
        throw new IllegalStateException("a new group is added, not applied: " + kind);
    }
  }

  @Override
  public String toString() {
    switch (kind) {
      case ADD_GROUP:
        return "add group " + group;
      case SET_LEAD:
        return "set lead of " + group + " to " + teachers.get(0);
      default:
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + " "
            + school
            + (teachers.isEmpty() ? "" : " " + teachers)
            + " in "
            + group;
    }
  }
}
