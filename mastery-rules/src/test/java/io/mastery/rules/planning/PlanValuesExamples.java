package io.mastery.rules.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.planning.Scenarios.Scenario;
import io.mastery.rules.planning.Scenarios.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The plan's parts and figures, by worked example. */
@DisplayName("A plan of Work Groups, by example")
class PlanValuesExamples {

  static List<Spec> cluster(int n) {
    List<Spec> schools = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      schools.add(new Spec(0, 0, i * 300, 0));
    }
    return schools;
  }

  @Nested
  @DisplayName("its quality")
  class Quality {

    @Test
    @DisplayName("is 5% above the lower bound when 105 km of travel meets a bound of 100 km")
    void gapAboveTheBound() {
      assertThat(new PlanQuality(105_000, 4_000, 100_000).gap()).isCloseTo(0.05, within(1e-12));
    }

    @Test
    @DisplayName("has no gap when the travel is at the bound, below it, or the bound is 0")
    void noGap() {
      assertThat(new PlanQuality(100_000, 4_000, 100_000).gap()).isZero();
      assertThat(new PlanQuality(90_000, 4_000, 100_000).gap()).isZero();
      assertThat(new PlanQuality(5_000, 4_000, 0).gap()).isZero();
    }
  }

  @Nested
  @DisplayName("its schools and groups")
  class Parts {

    @Test
    @DisplayName("a school at its meeting place travels 0 metres; a negative or unknown distance is"
        + " refused, naming the value")
    void distances() {
      assertThat(new PlacedSchool(Urn.of(100010), 0).distanceMetres()).isZero();
      assertThatThrownBy(() -> new PlacedSchool(Urn.of(100010), -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("-1");
      assertThatThrownBy(() -> new PlacedSchool(Urn.of(100010), Double.NaN))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("NaN");
    }

    @Test
    @DisplayName("a group's travel is the sum of its schools' distances, and its schools are a copy")
    void groupTravel() {
      List<PlacedSchool> schools = new ArrayList<>();
      schools.add(new PlacedSchool(Urn.of(100010), 1_200));
      schools.add(new PlacedSchool(Urn.of(100011), 800));
      PlannedGroup group =
          new PlannedGroup(WorkGroupId.of("WG-01"), Trn.of("1000001"), Urn.of(100008), schools);
      schools.clear();
      assertThat(group.schools()).hasSize(2);
      assertThat(group.travelMetres()).isEqualTo(2_000);
      assertThatThrownBy(() -> group.schools().add(new PlacedSchool(Urn.of(100012), 1)))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Nested
  @DisplayName("as an enrolment")
  class AsEnrolment {

    @Test
    @DisplayName("keeps the year, specialists and history, and gives each group its lead, phase,"
        + " stream, year and schools with no teachers yet")
    void enrolment() {
      Scenario s = Scenarios.build(cluster(13), List.of(new Spec(0, 0, 0, 0), new Spec(0, 0, 3_600, 0)), false);
      Plan plan = WorkGroupPlanner.standard().plan(s.applications(), s.register());
      assertThat(plan.groups()).hasSize(2);
      assertThat(plan.placed()).isEqualTo(13);
      var enrolment = plan.enrolment();
      assertThat(enrolment.academicYear()).isEqualTo(Scenarios.YEAR);
      assertThat(enrolment.specialists()).isEqualTo(plan.applications().specialists());
      assertThat(enrolment.history()).isEqualTo(plan.applications().history());
      assertThat(enrolment.hub()).isEmpty();
      assertThat(enrolment.workGroups()).hasSize(2);
      for (int i = 0; i < 2; i++) {
        WorkGroup wg = enrolment.workGroups().get(i);
        PlannedGroup g = plan.groups().get(i);
        assertThat(wg.id()).isEqualTo(g.id());
        assertThat(wg.lead()).isEqualTo(g.lead());
        assertThat(wg.phase()).isEqualTo(Phase.DEVELOPMENT);
        assertThat(wg.stream()).isEqualTo(Stream.PRIMARY);
        assertThat(wg.academicYear()).isEqualTo(Scenarios.YEAR);
        assertThat(wg.participations().stream().map(Participation::school))
            .containsExactlyElementsOf(g.schools().stream().map(PlacedSchool::urn).toList());
        assertThat(wg.participations()).allSatisfy(p -> assertThat(p.teachers()).isEmpty());
      }
      assertThat(plan.groups().get(0).id()).isEqualTo(WorkGroupId.of("WG-01"));
      assertThat(plan.groups().get(1).id()).isEqualTo(WorkGroupId.of("WG-02"));
    }
  }

  @Nested
  @DisplayName("of applications")
  class OfApplications {

    @Test
    @DisplayName("for Mastery Readiness in 2016/17, which the edition does not offer, leaves every"
        + " applicant out as phase-not-offered, naming the edition, and forms no group")
    void phaseNotOffered() {
      Scenario s = Scenarios.build(cluster(7), List.of(new Spec(0, 0, 0, 0)), false);
      AcademicYear year = AcademicYear.of(2016);
      Applications a =
          new Applications(
              year,
              Optional.empty(),
              Phase.MASTERY_READINESS,
              Stream.PRIMARY,
              s.applications().applicants(),
              s.applications().specialists(),
              List.of());
      ProgrammePolicy policy = ProgrammePolicy.forYear(year);
      Plan plan = WorkGroupPlanner.standard().plan(a, s.register());
      assertThat(plan.groups()).isEmpty();
      assertThat(plan.leadsNotUsed()).isEmpty();
      assertThat(plan.edition()).isEqualTo(policy.edition());
      assertThat(plan.leftOut()).hasSize(7);
      assertThat(plan.leftOut())
          .allSatisfy(
              l -> {
                assertThat(l.reason()).isEqualTo(LeftOut.Reason.PHASE_NOT_OFFERED);
                assertThat(l.rule()).isEmpty();
                assertThat(l.message())
                    .isEqualTo("Edition " + policy.edition() + " has no MASTERY_READINESS Work Groups of the PRIMARY stream");
              });
      assertThat(plan.quality()).isEqualTo(new PlanQuality(0, 0, 0));
    }

    @Test
    @DisplayName("counts a school applying twice once, and a specialist offered twice once")
    void repeatsCountOnce() {
      Scenario s = Scenarios.build(cluster(7), List.of(new Spec(0, 0, 0, 0)), false);
      List<Urn> twice = new ArrayList<>(s.applications().applicants());
      twice.addAll(s.applications().applicants());
      List<io.mastery.model.specialist.MasterySpecialist> leads = new ArrayList<>(s.applications().specialists());
      leads.addAll(s.applications().specialists());
      Plan plan =
          WorkGroupPlanner.standard()
              .plan(s.applications().withApplicants(twice).withSpecialists(leads), s.register());
      assertThat(plan.applications().applicants()).hasSize(7).isSorted();
      assertThat(plan.applications().specialists()).hasSize(1);
      assertThat(plan.placed()).isEqualTo(7);
      assertThat(plan).isEqualTo(WorkGroupPlanner.standard().plan(s.applications(), s.register()));
    }

    @Test
    @DisplayName("is planned with seed 0 by the standard planner, and with the seed given after")
    void seeds() {
      assertThat(WorkGroupPlanner.standard().seed()).isZero();
      assertThat(WorkGroupPlanner.standard().withSeed(7).seed()).isEqualTo(7);
    }
  }
}
