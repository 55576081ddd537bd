package io.mastery.rules;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.hub.MathsHub;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.AgeRange;
import io.mastery.model.school.EstablishmentStatus;
import io.mastery.model.school.EstablishmentType;
import io.mastery.model.school.LocalAuthorityCode;
import io.mastery.model.school.PhaseOfEducation;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, valid hub year to write examples against: London Central and West in 2019/20, with one
 * primary Development Work Group, WG-01, of six schools (100010 to 100015), two teachers each
 * (2000001 to 2000012), led by Mastery Specialist 1000001 of primary cohort 3 (trained 2017/18).
 * Schools 100016 to 100029 are in the register but in no group.
 */
public final class SampleHub {

  /** The year. */
  public static final AcademicYear YEAR = AcademicYear.of(2019);

  /** The hub. */
  public static final MathsHub HUB =
      MathsHub.of(
          "LCW",
          "London Central and West",
          List.of(LocalAuthorityCode.of("201"), LocalAuthorityCode.of("202")));

  /** The Work Group's id. */
  public static final WorkGroupId WG_01 = WorkGroupId.of("WG-01");

  /** The lead's TRN. */
  public static final Trn LEAD = Trn.of("1000001");

  /** The lead. */
  public static final MasterySpecialist SPECIALIST =
      MasterySpecialist.of(LEAD, Urn.of(100008), Cohort.of(Stream.PRIMARY, 3));

  private SampleHub() {}

  /** Returns the URN of the n-th school, from 0: 100010 + n. */
  public static Urn school(int n) {
    return Urn.of(100_010 + n);
  }

  /** Returns the TRN of the n-th teacher, from 1: 2000000 + n. */
  public static Trn teacher(int n) {
    return Trn.of(Integer.toString(2_000_000 + n));
  }

  /** Returns an open community primary school in local authority 201. */
  public static School primary(Urn urn) {
    return School.builder()
        .urn(urn)
        .name("Example Primary " + urn)
        .type(EstablishmentType.COMMUNITY_SCHOOL)
        .phaseOfEducation(PhaseOfEducation.PRIMARY)
        .status(EstablishmentStatus.OPEN)
        .localAuthority(LocalAuthorityCode.of("201"))
        .localAuthorityName("Camden")
        .statutoryAgeRange(AgeRange.of(4, 11))
        .build();
  }

  /** Returns the Work Group WG-01. */
  public static WorkGroup group() {
    List<Participation> participations = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      participations.add(Participation.of(school(i), teacher(2 * i + 1), teacher(2 * i + 2)));
    }
    return WorkGroup.builder()
        .id(WG_01)
        .phase(Phase.DEVELOPMENT)
        .stream(Stream.PRIMARY)
        .academicYear(YEAR)
        .lead(LEAD)
        .addAllParticipations(participations)
        .build();
  }

  /** Returns the valid hub year. */
  public static HubYear hubYear() {
    List<School> schools = new ArrayList<>();
    schools.add(primary(SPECIALIST.school()));
    for (int i = 0; i < 20; i++) {
      schools.add(primary(school(i)));
    }
    Enrolment enrolment =
        Enrolment.builder()
            .academicYear(YEAR)
            .hub(HUB)
            .addSpecialists(SPECIALIST)
            .addWorkGroups(group())
            .build();
    return new HubYear(enrolment, SchoolRegister.of(schools), ProgrammePolicy.forYear(YEAR));
  }
}
