package io.mastery.benchmarks;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.hub.MathsHub;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.policy.Bounds;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.policy.StreamRules;
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
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * A hub year of many primary Work Groups, generated deterministically from a seed: each group has
 * six or seven schools sending two teachers each, led by a specialist of the hub, with the earlier
 * years' records that let its schools enter the phase; every school is in the register, every
 * identifier distinct.
 *
 * <p>With errors, one group in twenty-five carries one of the mistakes hubs make: a school missing
 * from the register, a teacher sent to two groups, a group too large, a school outside the hub's
 * area, a closed school.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NationalYear {

  /** The year generated: 2024/25, judged by the standard edition then in force. */
  public static final AcademicYear YEAR = AcademicYear.of(2024);

  private static final List<LocalAuthorityCode> AUTHORITIES =
      List.of(LocalAuthorityCode.of("201"), LocalAuthorityCode.of("202"), LocalAuthorityCode.of("203"));

  private static final LocalAuthorityCode ELSEWHERE = LocalAuthorityCode.of("909");

  private static final MathsHub HUB = MathsHub.of("NATION", "Every Maths Hub", AUTHORITIES);

  private static final int ERROR_EVERY = 25;

  private final Enrolment enrolment;
  private final SchoolRegister register;
  private final ProgrammePolicy policy;

  private NationalYear(Enrolment enrolment, SchoolRegister register, ProgrammePolicy policy) {
    this.enrolment = enrolment;
    this.register = register;
    this.policy = policy;
  }

  /**
   * Generates a hub year in which every rule is kept.
   *
   * @param groups the number of Work Groups, at least one
   * @param seed the seed of the choices made, the same seed giving the same year
   * @return the year, not null
   * @throws IllegalArgumentException if groups is less than one
   */
  public static NationalYear valid(int groups, long seed) {
    return generate(groups, seed, false);
  }

  /**
   * Generates a hub year in which one Work Group in twenty-five breaks a rule.
   *
   * @param groups the number of Work Groups, at least one
   * @param seed the seed of the choices made, the same seed giving the same year
   * @return the year, not null
   * @throws IllegalArgumentException if groups is less than one
   */
  public static NationalYear withErrors(int groups, long seed) {
    return generate(groups, seed, true);
  }

  /**
   * Returns the hub's enrolment.
   *
   * @return the enrolment, not null
   */
  public Enrolment enrolment() {
    return enrolment;
  }

  /**
   * Returns the register of every school of the year.
   *
   * @return the register, not null
   */
  public SchoolRegister register() {
    return register;
  }

  /**
   * Returns the edition in force in the year.
   *
   * @return the policy, not null
   */
  public ProgrammePolicy policy() {
    return policy;
  }

  private static NationalYear generate(int groupCount, long seed, boolean errors) {
    if (groupCount < 1) {
      throw new IllegalArgumentException("groups must be at least 1, not " + groupCount);
    }
    SplittableRandom random = new SplittableRandom(seed);
    ProgrammePolicy policy = ProgrammePolicy.forYear(YEAR);
    StreamRules streamRules =
        policy
            .streamRules(Stream.PRIMARY)
            .orElseThrow(() -> new IllegalStateException("no primary stream in " + policy.edition()));
    List<PhaseRules> offered =
        policy.phaseRules().stream()
            .filter(r -> r.stream() == Stream.PRIMARY)
            .filter(r -> r.schoolsPerGroup().contains(6) && r.teachersPerSchool().contains(2))
            .collect(Collectors.toList());
    if (offered.isEmpty()) {
      throw new IllegalStateException("no primary phase of 6 schools of 2 teachers in " + policy.edition());
    }
    int leadingCohorts = Math.min(streamRules.cohortOneTrainingYear().yearsUntil(YEAR), Cohort.MAX_NUMBER);
    int urns = 100_000;
    int specialistTrns = 1_000_000;
    int teacherTrns = 2_000_000;
    List<School> schools = new ArrayList<>();
    List<MasterySpecialist> specialists = new ArrayList<>();
    List<JourneyRecord> history = new ArrayList<>();
    List<WorkGroup> groups = new ArrayList<>();
    Trn firstTeacher = Trn.of(Integer.toString(teacherTrns));
    for (int g = 1; g <= groupCount; g++) {
      PhaseRules rules = offered.get(random.nextInt(offered.size()));
      Phase phase = rules.phase();
      int mistake = errors && g % ERROR_EVERY == 0 ? (g / ERROR_EVERY) % 5 : -1;
      Urn leadSchool = Urn.of(urns++);
      schools.add(school(leadSchool, 0, AUTHORITIES.get(0), EstablishmentStatus.OPEN));
      MasterySpecialist lead =
          MasterySpecialist.of(
              Trn.of(Integer.toString(specialistTrns++)),
              leadSchool,
              Cohort.of(Stream.PRIMARY, 1 + random.nextInt(leadingCohorts)));
      specialists.add(lead);
      int size = within(rules.schoolsPerGroup(), 6 + random.nextInt(2));
      if (mistake == 2 && rules.schoolsPerGroup().max() < Bounds.UNBOUNDED) {
        size = rules.schoolsPerGroup().max() + 1;
      }
      List<Participation> participations = new ArrayList<>();
      for (int s = 0; s < size; s++) {
        Urn urn = Urn.of(urns++);
        boolean last = s == size - 1;
        LocalAuthorityCode authority =
            last && mistake == 3 ? ELSEWHERE : AUTHORITIES.get(random.nextInt(AUTHORITIES.size()));
        EstablishmentStatus status =
            last && mistake == 4 ? EstablishmentStatus.CLOSED : EstablishmentStatus.OPEN;
        if (!(last && mistake == 0)) {
          schools.add(school(urn, random.nextInt(2), authority, status));
        }
        history.addAll(history(urn, phase, random.nextInt(3)));
        int teachers = within(rules.teachersPerSchool(), 2);
        List<Trn> sent = new ArrayList<>(teachers);
        for (int t = 0; t < teachers; t++) {
          sent.add(Trn.of(Integer.toString(teacherTrns++)));
        }
        if (last && mistake == 1) {
          sent.set(0, firstTeacher);
        }
        participations.add(Participation.of(urn, sent));
      }
      groups.add(
          WorkGroup.builder()
              .id(WorkGroupId.of(String.format("WG-%05d", g)))
              .phase(phase)
              .stream(Stream.PRIMARY)
              .academicYear(YEAR)
              .lead(lead.trn())
              .addAllParticipations(participations)
              .build());
    }
    Enrolment enrolment =
        Enrolment.builder()
            .academicYear(YEAR)
            .hub(HUB)
            .addAllSpecialists(specialists)
            .addAllHistory(history)
            .addAllWorkGroups(groups)
            .build();
    return new NationalYear(enrolment, SchoolRegister.of(schools), policy);
  }

  private static int within(Bounds bounds, int wanted) {
    return Math.max(bounds.min(), Math.min(bounds.max(), wanted));
  }

  /**
   * Generates the schools of a register of the given size, by the same choices as the enrolled
   * schools of a year.
   *
   * @param size the number of schools, not negative
   * @param seed the seed of the choices made
   * @return the schools with distinct URNs, not null
   */
  public static List<School> schools(int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<School> schools = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      schools.add(
          school(
              Urn.of(100_000 + i),
              random.nextInt(2),
              AUTHORITIES.get(random.nextInt(AUTHORITIES.size())),
              random.nextInt(20) == 0 ? EstablishmentStatus.OPEN_PROPOSED_TO_CLOSE : EstablishmentStatus.OPEN));
    }
    return schools;
  }

  private static School school(
      Urn urn, int kind, LocalAuthorityCode authority, EstablishmentStatus status) {
    return School.builder()
        .urn(urn)
        .name("Primary School " + urn)
        .type(kind == 0 ? EstablishmentType.COMMUNITY_SCHOOL : EstablishmentType.ACADEMY_CONVERTER)
        .phaseOfEducation(PhaseOfEducation.PRIMARY)
        .status(status)
        .localAuthority(authority)
        .localAuthorityName("Authority " + authority)
        .statutoryAgeRange(kind == 0 ? AgeRange.of(4, 11) : AgeRange.of(3, 11))
        .build();
  }

  /** Earlier years' records that let a school enter the phase in the year. */
  private static List<JourneyRecord> history(Urn urn, Phase phase, int variant) {
    List<JourneyRecord> records = new ArrayList<>();
    switch (phase) {
      case MASTERY_READINESS:
        if (variant == 1) {
          records.add(JourneyRecord.of(urn, Phase.MASTERY_READINESS, YEAR.plusYears(-1)));
        }
        break;
      case DEVELOPMENT:
        if (variant == 1) {
          records.add(JourneyRecord.of(urn, Phase.MASTERY_READINESS, YEAR.plusYears(-1)));
        } else if (variant == 2) {
          records.add(JourneyRecord.of(urn, Phase.MASTERY_READINESS, YEAR.plusYears(-3)));
        }
        break;
      case EMBEDDING:
        if (variant == 0) {
          records.add(JourneyRecord.of(urn, Phase.DEVELOPMENT, YEAR.plusYears(-1)));
        } else if (variant == 1) {
          records.add(JourneyRecord.of(urn, Phase.MASTERY_READINESS, YEAR.plusYears(-3)));
          records.add(JourneyRecord.of(urn, Phase.DEVELOPMENT, YEAR.plusYears(-2)));
        } else {
          records.add(JourneyRecord.of(urn, Phase.DEVELOPMENT, YEAR.plusYears(-3)));
        }
        break;
      case SUSTAINING:
        if (variant == 0) {
          records.add(JourneyRecord.of(urn, Phase.DEVELOPMENT, YEAR.plusYears(-1)));
        } else if (variant == 1) {
          records.add(JourneyRecord.of(urn, Phase.DEVELOPMENT, YEAR.plusYears(-3)));
          records.add(JourneyRecord.of(urn, Phase.EMBEDDING, YEAR.plusYears(-2)));
          records.add(JourneyRecord.of(urn, Phase.SUSTAINING, YEAR.plusYears(-1)));
        } else {
          records.add(JourneyRecord.of(urn, Phase.DEVELOPMENT, YEAR.plusYears(-4)));
          records.add(JourneyRecord.of(urn, Phase.EMBEDDING, YEAR.plusYears(-2)));
        }
        break;
      default:
        throw new IllegalStateException("no history for phase " + phase);
    }
    return records;
  }
}
