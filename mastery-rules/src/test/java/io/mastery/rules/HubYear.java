package io.mastery.rules;

import com.google.common.collect.ImmutableList;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.rules.result.Decision;
import io.mastery.rules.engine.Rulebook;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A hub's year to judge: the enrolment, the register its schools are looked up in, and the edition
 * in force. Mutators return copies, so that a valid year can be broken one rule at a time.
 */
public record HubYear(Enrolment enrolment, SchoolRegister register, ProgrammePolicy policy) {

  /** Judges this year with the standard rulebook and its edition. */
  public Decision decide() {
    return Rulebook.standard().evaluate(enrolment, register, policy);
  }

  /** Returns the first Work Group. */
  public WorkGroup firstGroup() {
    return enrolment.workGroups().get(0);
  }

  /** Returns the first school of the first Work Group. */
  public Urn firstSchool() {
    return firstGroup().participations().get(0).school();
  }

  /** Returns the register's entry for a school. */
  public School school(Urn urn) {
    return register.find(urn).orElseThrow();
  }

  /** Returns a copy with the enrolment changed. */
  public HubYear withEnrolment(Enrolment changed) {
    return new HubYear(changed, register, policy);
  }

  /** Returns a copy with the first Work Group changed. */
  public HubYear withFirstGroup(UnaryOperator<WorkGroup> change) {
    List<WorkGroup> groups = new ArrayList<>(enrolment.workGroups());
    groups.set(0, change.apply(groups.get(0)));
    return withEnrolment(enrolment.withWorkGroups(groups));
  }

  /** Returns a copy with the first participation of the first Work Group changed. */
  public HubYear withFirstParticipation(UnaryOperator<Participation> change) {
    return withFirstGroup(
        g -> {
          List<Participation> ps = new ArrayList<>(g.participations());
          ps.set(0, change.apply(ps.get(0)));
          return g.withParticipations(ps);
        });
  }

  /** Returns a copy whose register has a school replaced (or added). */
  public HubYear withSchool(School school) {
    List<School> schools =
        register.schools().stream()
            .filter(s -> !s.urn().equals(school.urn()))
            .collect(Collectors.toCollection(ArrayList::new));
    schools.add(school);
    return new HubYear(enrolment, SchoolRegister.of(schools), policy);
  }

  /** Returns a copy whose register no longer lists a school. */
  public HubYear withoutSchool(Urn urn) {
    return new HubYear(
        enrolment,
        SchoolRegister.of(
            register.schools().stream()
                .filter(s -> !s.urn().equals(urn))
                .collect(ImmutableList.toImmutableList())),
        policy);
  }

  @Override
  public String toString() {
    return "HubYear{"
        + enrolment.academicYear()
        + ", edition "
        + policy.edition()
        + ", "
        + enrolment.workGroups().stream()
            .map(
                g ->
                    g.id()
                        + " "
                        + g.stream()
                        + " "
                        + g.phase()
                        + " lead "
                        + g.lead()
                        + " "
                        + g.participations().stream()
                            .map(p -> p.school() + "x" + p.teachers().size())
                            .collect(Collectors.joining(" ")))
            .collect(Collectors.joining("; ", "[", "]"))
        + ", specialists "
        + enrolment.specialists().size()
        + ", history "
        + enrolment.history().size()
        + "}";
  }
}
