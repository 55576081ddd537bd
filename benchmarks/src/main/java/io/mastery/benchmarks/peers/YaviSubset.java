package io.mastery.benchmarks.peers;

import am.ik.yavi.builder.ValidatorBuilder;
import am.ik.yavi.core.ConstraintViolation;
import am.ik.yavi.core.ConstraintViolations;
import am.ik.yavi.core.Validator;
import io.mastery.benchmarks.peers.YearFacts.GroupFact;
import io.mastery.benchmarks.peers.YearFacts.ListingFact;
import io.mastery.benchmarks.peers.YearFacts.ParticipationFact;
import io.mastery.benchmarks.peers.YearFacts.PlaceFact;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.hub.MathsHub;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.school.EstablishmentStatus;
import io.mastery.model.school.LocalAuthorityCode;
import io.mastery.model.school.SchoolRegister;
import io.mastery.rules.check.RuleCodes;
import java.util.ArrayList;
import java.util.List;

/**
 * The six checks in YAVI 0.17.0: one validator per kind of fact, built once, each constraint's
 * message key the rule's code. YAVI validates one object at a time, so the two joins come from
 * {@link YearFacts}: the register's entry looked up for each listing, each TRN's places counted.
 */
public final class YaviSubset {

  private final Validator<GroupFact> groups =
      ValidatorBuilder.<GroupFact>of()
          .constraintOnTarget(
              g -> g.getSchools() >= g.getMin() && g.getSchools() <= g.getMax(),
              "schools",
              RuleCodes.WORKGROUP_SIZE,
              "\"{0}\" is outside the phase's bounds")
          .build();

  private final Validator<ParticipationFact> participations =
      ValidatorBuilder.<ParticipationFact>of()
          .constraintOnTarget(
              p -> p.getTeachers() >= p.getMin() && p.getTeachers() <= p.getMax(),
              "teachers",
              RuleCodes.WORKGROUP_TEACHERS_PER_SCHOOL,
              "\"{0}\" is outside the phase's bounds")
          .build();

  private final Validator<ListingFact> listings =
      ValidatorBuilder.<ListingFact>of()
          .constraintOnTarget(
              ListingFact::isRegistered, "school", RuleCodes.SCHOOL_UNKNOWN, "\"{0}\" is not registered")
          .constraintOnTarget(
              l -> {
                EstablishmentStatus s = l.getStatus();
                return s != EstablishmentStatus.CLOSED && s != EstablishmentStatus.PROPOSED_TO_OPEN;
              },
              "status",
              RuleCodes.SCHOOL_CLOSED,
              "\"{0}\" is closed")
          .constraintOnTarget(
              l -> {
                MathsHub hub = l.getHub();
                LocalAuthorityCode authority = l.getLocalAuthority();
                return hub == null || authority == null || hub.serves(authority);
              },
              "localAuthority",
              RuleCodes.SCHOOL_OUTSIDE_HUB,
              "\"{0}\" is outside the hub")
          .build();

  private final Validator<PlaceFact> places =
      ValidatorBuilder.<PlaceFact>of()
          .constraintOnTarget(
              p -> p.getPlacesOfTeacher() < 2,
              "teacher",
              RuleCodes.TEACHER_DOUBLE_ENROLMENT,
              "\"{0}\" is listed more than once")
          .build();

  /** Builds the validators. */
  public YaviSubset() {}

  /**
   * Checks a year.
   *
   * @param enrolment the enrolment, not null
   * @param register the register, not null
   * @param policy the edition, not null
   * @return the findings, in no order, not null
   */
  public List<Finding> check(Enrolment enrolment, SchoolRegister register, ProgrammePolicy policy) {
    YearFacts facts = YearFacts.of(enrolment, register, policy, true);
    List<Finding> out = new ArrayList<>();
    for (GroupFact g : facts.groups()) {
      for (ConstraintViolation v : groups.validate(g)) {
        out.add(new Finding(v.messageKey(), g.getId(), "", ""));
      }
    }
    for (ParticipationFact p : facts.participations()) {
      for (ConstraintViolation v : participations.validate(p)) {
        out.add(new Finding(v.messageKey(), p.getGroup(), p.getSchool(), ""));
      }
    }
    for (ListingFact l : facts.listings()) {
      ConstraintViolations found = listings.validate(l);
      for (ConstraintViolation v : found) {
        out.add(new Finding(v.messageKey(), l.getGroup(), l.getSchool(), ""));
      }
    }
    for (PlaceFact p : facts.places()) {
      for (ConstraintViolation v : places.validate(p)) {
        out.add(new Finding(v.messageKey(), p.getGroup(), p.getSchool(), p.getTeacher()));
      }
    }
    return out;
  }
}
