package io.mastery.rules.planning;

import static io.mastery.model.testkit.Generators.listsOf;
import static org.quicktheories.generators.SourceDSL.integers;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.AgeRange;
import io.mastery.model.school.EstablishmentStatus;
import io.mastery.model.school.EstablishmentType;
import io.mastery.model.school.GridReference;
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
import io.mastery.rules.result.Decision;
import io.mastery.rules.engine.Rulebook;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/** Generated applications of a hub: schools in a few clusters, some not eligible, and leads. */
final class Scenarios {

  static final AcademicYear YEAR = AcademicYear.of(2019);
  static final ProgrammePolicy POLICY = ProgrammePolicy.forYear(YEAR);

  /** What an applicant is: eligible, or refused by a rule, or without a location. */
  enum Kind {
    ELIGIBLE,
    CLOSED,
    SECONDARY,
    UNKNOWN,
    NO_LOCATION,
    DEVELOPED
  }

  record Spec(int kind, int cluster, int dx, int dy) {}

  /** A hub's applications and its register. */
  record Scenario(Applications applications, SchoolRegister register) {
    Optional<GridReference> location(Urn urn) {
      return register.find(urn).flatMap(School::location);
    }

    @Override
    public String toString() {
      return applications.applicants().size()
          + " applicants, "
          + applications.specialists().size()
          + " specialists";
    }
  }

  private Scenarios() {}

  private static Gen<Spec> specs(int kinds) {
    return integers()
        .between(0, kinds)
        .zip(integers().between(0, 2), integers().between(0, 8_000), integers().between(0, 8_000), Spec::new);
  }

  /** Applications with some schools of every kind and leads of cohorts 1 to 5 (5 trains). */
  static Gen<Scenario> any() {
    return listsOf(specs(12), 0, 30)
        .zip(listsOf(specs(4), 0, 7), (schools, leads) -> build(schools, leads, true));
  }

  /** Only eligible schools, and leads that may all lead. */
  static Gen<Scenario> eligibleOnly(int maxSchools, int maxLeads) {
    return listsOf(specs(0), 0, maxSchools)
        .zip(listsOf(specs(0), 1, maxLeads), (schools, leads) -> build(schools, leads, false));
  }

  private static int[] centre(int cluster) {
    return switch (cluster) {
      case 0 -> new int[] {520_000, 180_000};
      case 1 -> new int[] {535_000, 190_000};
      default -> new int[] {510_000, 200_000};
    };
  }

  static GridReference at(Spec spec) {
    int[] c = centre(spec.cluster());
    return GridReference.of(c[0] + spec.dx(), c[1] + spec.dy());
  }

  static School primary(Urn urn, Optional<GridReference> location) {
    School.Builder b =
        School.builder()
            .urn(urn)
            .name("Generated Primary " + urn)
            .type(EstablishmentType.COMMUNITY_SCHOOL)
            .phaseOfEducation(PhaseOfEducation.PRIMARY)
            .status(EstablishmentStatus.OPEN)
            .localAuthority(LocalAuthorityCode.of("201"))
            .statutoryAgeRange(AgeRange.of(4, 11));
    location.ifPresent(b::location);
    return b.build();
  }

  static Scenario build(List<Spec> schools, List<Spec> leads, boolean mixed) {
    List<School> register = new ArrayList<>();
    List<Urn> applicants = new ArrayList<>();
    List<JourneyRecord> history = new ArrayList<>();
    for (int i = 0; i < schools.size(); i++) {
      Spec spec = schools.get(i);
      Urn urn = Urn.of(100_000 + i);
      applicants.add(urn);
      Kind kind = mixed && spec.kind() < Kind.values().length ? Kind.values()[spec.kind()] : Kind.ELIGIBLE;
      School school = primary(urn, Optional.of(at(spec)));
      switch (kind) {
        case CLOSED -> register.add(school.withStatus(EstablishmentStatus.CLOSED));
        case SECONDARY -> register.add(school.withPhaseOfEducation(PhaseOfEducation.SECONDARY));
        case UNKNOWN -> {}
        case NO_LOCATION -> register.add(primary(urn, Optional.empty()));
        case DEVELOPED -> {
          register.add(school);
          history.add(JourneyRecord.of(urn, Phase.DEVELOPMENT, AcademicYear.of(2017)));
        }
        default -> register.add(school);
      }
    }
    List<MasterySpecialist> specialists = new ArrayList<>();
    for (int i = 0; i < leads.size(); i++) {
      Spec spec = leads.get(i);
      Urn own = Urn.of(200_000 + i);
      register.add(primary(own, Optional.of(at(spec))));
      int cohort = mixed ? 1 + spec.kind() : 1 + spec.kind() % 4;
      specialists.add(
          MasterySpecialist.of(
              Trn.of(Integer.toString(1_000_000 + i)), own, Cohort.of(Stream.PRIMARY, cohort)));
    }
    Applications applications =
        new Applications(
            YEAR, Optional.empty(), Phase.DEVELOPMENT, Stream.PRIMARY, applicants, specialists, history);
    return new Scenario(applications, SchoolRegister.of(register));
  }

  /** Judges a plan's enrolment, each school given the teachers the edition asks for. */
  static Decision judgeWithTeachers(Plan plan, SchoolRegister register) {
    int perSchool =
        POLICY
            .phaseRules(plan.applications().stream(), plan.applications().phase())
            .orElseThrow()
            .teachersPerSchool()
            .min();
    Enrolment enrolment = plan.enrolment();
    List<WorkGroup> groups = new ArrayList<>();
    int next = 3_000_000;
    for (WorkGroup group : enrolment.workGroups()) {
      List<Participation> ps = new ArrayList<>();
      for (Participation p : group.participations()) {
        List<Trn> teachers = new ArrayList<>();
        for (int t = 0; t < perSchool; t++) {
          teachers.add(Trn.of(Integer.toString(next++)));
        }
        ps.add(Participation.of(p.school(), teachers));
      }
      groups.add(group.withParticipations(ps));
    }
    return Rulebook.standard().evaluate(enrolment.withWorkGroups(groups), register);
  }
}
