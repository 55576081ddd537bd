package io.mastery.rules.planning;

import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.mastery.model.school.GridReference;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.testkit.Area;
import io.mastery.rules.result.Decision;
import io.mastery.rules.planning.Scenarios.Scenario;
import io.mastery.rules.planning.Scenarios.Spec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The planner that forms Work Groups, as properties and examples. */
@Tag(Area.TAG_WORK_GROUPS)
@DisplayName("A plan of Work Groups formed from a hub's applications")
class WorkGroupPlannerProperties {

  private static final WorkGroupPlanner PLANNER = WorkGroupPlanner.standard();

  /** The largest number of schools groups of 6 to 7 can hold, for n applicants and any leads. */
  private static int mostPlaceable(int n) {
    int best = 0;
    for (int g = 0; 6 * g <= n; g++) {
      best = Math.max(best, Math.min(n, 7 * g));
    }
    return best;
  }

  @Nested
  @DisplayName("passes the rulebook of its year")
  class Validity {

    @Test
    @DisplayName("every planned group passes once the hub names two teachers per school")
    void everyPlannedGroupValidates() {
      List<Integer> groupsPlanned = new ArrayList<>();
      qt(150)
          .forAll(Scenarios.any())
          .checkAssert(
              scenario -> {
                Plan plan = PLANNER.plan(scenario.applications(), scenario.register());
                groupsPlanned.add(plan.groups().size());
                Decision decision = Scenarios.judgeWithTeachers(plan, scenario.register());
                assertThat(decision.errors()).as("errors of the planned groups").isEmpty();
                plan.groups()
                    .forEach(g -> assertThat(g.schools().size()).isBetween(6, 7));
              });
      assertThat(groupsPlanned.stream().filter(g -> g >= 2).count())
          .as("samples with two groups or more")
          .isGreaterThan(groupsPlanned.size() / 10);
    }

    @Test
    @DisplayName(
        "every applicant is either placed once or left out with a reason, and a school refused by"
            + " a rule names its code")
    void everyApplicantIsAccountedFor() {
      qt(150)
          .forAll(Scenarios.any())
          .checkAssert(
              scenario -> {
                Plan plan = PLANNER.plan(scenario.applications(), scenario.register());
                List<Urn> placed =
                    plan.groups().stream()
                        .flatMap(g -> g.schools().stream())
                        .map(PlacedSchool::urn)
                        .collect(Collectors.toList());
                List<Urn> out = plan.leftOut().stream().map(LeftOut::urn).collect(Collectors.toList());
                List<Urn> all = new ArrayList<>(placed);
                all.addAll(out);
                assertThat(all)
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(
                        new HashSet<>(scenario.applications().applicants()));
                for (LeftOut l : plan.leftOut()) {
                  assertThat(l.rule().isPresent())
                      .as("rule code of %s", l)
                      .isEqualTo(l.reason() == LeftOut.Reason.INELIGIBLE);
                  assertThat(l.message()).isNotBlank().doesNotContain("PROBE");
                }
                plan.leadsNotUsed()
                    .forEach(l -> assertThat(l.message()).isNotBlank().doesNotContain("PROBE"));
              });
    }

    @Test
    @DisplayName("a planned group meets at its lead's own school and no lead leads two groups")
    void groupsMeetAtTheLeadsSchool() {
      qt(150)
          .forAll(Scenarios.any())
          .checkAssert(
              scenario -> {
                Plan plan = PLANNER.plan(scenario.applications(), scenario.register());
                Set<Object> leads = new HashSet<>();
                for (PlannedGroup g : plan.groups()) {
                  assertThat(leads.add(g.lead())).as("lead %s used once", g.lead()).isTrue();
                  MasterySpecialist lead =
                      scenario.applications().specialists().stream()
                          .filter(s -> s.trn().equals(g.lead()))
                          .findFirst()
                          .orElseThrow();
                  assertThat(g.meetingPlace()).isEqualTo(lead.school());
                  GridReference place = scenario.location(g.meetingPlace()).orElseThrow();
                  for (PlacedSchool s : g.schools()) {
                    assertThat(s.distanceMetres())
                        .isEqualTo(scenario.location(s.urn()).orElseThrow().distanceTo(place));
                  }
                }
              });
    }
  }

  @Nested
  @DisplayName("leaves out as few schools as possible")
  class Placement {

    @Test
    @DisplayName(
        "with enough leads, places every school when the number is a sum of sizes 6 and 7, and"
            + " otherwise leaves out the fewest possible")
    void placesTheMostSchools() {
      qt(150)
          .forAll(Scenarios.eligibleOnly(45, 9))
          .assuming(s -> s.applications().specialists().size() * 6 > s.applications().applicants().size())
          .checkAssert(
              scenario -> {
                Plan plan = PLANNER.plan(scenario.applications(), scenario.register());
                int n = scenario.applications().applicants().size();
                assertThat(plan.placed()).isEqualTo(mostPlaceable(n));
                if (n >= 30) {
                  assertThat(plan.placed()).isEqualTo(n);
                }
                plan.leftOut()
                    .forEach(l -> assertThat(l.reason()).isEqualTo(LeftOut.Reason.TOO_FEW_SCHOOLS_LEFT));
              });
    }

    @Test
    @DisplayName("the numbers of schools that groups of 6 to 7 place in full are exactly their sums: 0, 6, 7, 12 to 14, 18 to 21, 24 to 28 and every number from 30")
    void theNumbersPlacedInFull() {
      Set<Integer> sums = new HashSet<>(List.of(0, 6, 7, 12, 13, 14, 18, 19, 20, 21, 24, 25, 26, 27, 28));
      for (int n = 0; n <= 40; n++) {
        List<Spec> schools = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          schools.add(new Spec(0, i % 3, (i * 379) % 8000, (i * 613) % 8000));
        }
        List<Spec> leads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          leads.add(new Spec(1, i % 3, (i * 997) % 8000, (i * 331) % 8000));
        }
        Scenario scenario = Scenarios.build(schools, leads, false);
        Plan plan = PLANNER.plan(scenario.applications(), scenario.register());
        assertThat(plan.placed() == n).as("%d schools placed in full", n).isEqualTo(n >= 30 || sums.contains(n));
      }
    }

    @Test
    @DisplayName("with too few leads, leaves the rest out because no lead has capacity")
    void tooFewLeads() {
      List<Spec> schools = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        schools.add(new Spec(0, 0, i * 100, i * 50));
      }
      Scenario scenario = Scenarios.build(schools, List.of(new Spec(1, 0, 0, 0)), false);
      Plan plan = PLANNER.plan(scenario.applications(), scenario.register());
      assertThat(plan.placed()).isEqualTo(7);
      assertThat(plan.leftOut()).hasSize(13).allMatch(l -> l.reason() == LeftOut.Reason.NO_LEAD_WITH_CAPACITY);
      assertThat(plan.groups().get(0).schools())
          .extracting(PlacedSchool::urn)
          .as("the seven nearest schools")
          .containsExactlyElementsOf(IntStream.range(0, 7).mapToObj(i -> Urn.of(100_000 + i)).toList());
    }
  }

  @Nested
  @DisplayName("screens applicants and leads with the rules")
  class Screening {

    @Test
    @DisplayName("a closed school is left out under school.closed and a secondary school under school.wrong-phase")
    void ineligibleSchoolsNameTheirRule() {
      List<Spec> schools = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        schools.add(new Spec(i == 6 ? 1 : i == 7 ? 2 : 0, 0, i * 100, 0));
      }
      Scenario scenario = Scenarios.build(schools, List.of(new Spec(0, 0, 0, 0)), true);
      Plan plan = PLANNER.plan(scenario.applications(), scenario.register());
      assertThat(plan.leftOut())
          .extracting(l -> l.urn().toString() + " " + l.rule().orElse(""))
          .containsExactly("100006 school.closed", "100007 school.wrong-phase");
      assertThat(plan.placed()).isEqualTo(6);
    }

    @Test
    @DisplayName("a school that already took part in Development is left out under journey.development-repeated, one the register does not list under school.unknown")
    void journeyAndUnknown() {
      List<Spec> schools = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        schools.add(new Spec(i == 6 ? 5 : i == 7 ? 3 : 0, 0, i * 100, 0));
      }
      Scenario scenario = Scenarios.build(schools, List.of(new Spec(0, 0, 0, 0)), true);
      Plan plan = PLANNER.plan(scenario.applications(), scenario.register());
      assertThat(plan.leftOut())
          .extracting(l -> l.urn().toString() + " " + l.rule().orElse(""))
          .containsExactly("100006 journey.development-repeated", "100007 school.unknown");
    }

    @Test
    @DisplayName("a specialist in the training year leads no group, under workgroup.lead-not-eligible")
    void trainingLeadIsNotUsed() {
      List<Spec> schools = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        schools.add(new Spec(0, 0, i * 100, 0));
      }
      Scenario scenario = Scenarios.build(schools, List.of(new Spec(4, 0, 0, 0)), true);
      Plan plan = PLANNER.plan(scenario.applications(), scenario.register());
      assertThat(plan.groups()).isEmpty();
      assertThat(plan.leadsNotUsed())
          .extracting(l -> l.rule().orElse(""))
          .containsExactly("workgroup.lead-not-eligible");
      assertThat(plan.leftOut()).allMatch(l -> l.reason() == LeftOut.Reason.NO_LEAD_WITH_CAPACITY);
    }

    @Test
    @DisplayName("a school without a location in the register is left out, as no distance can be measured")
    void schoolWithoutLocation() {
      List<Spec> schools = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        schools.add(new Spec(i == 6 ? 4 : 0, 0, i * 100, 0));
      }
      Scenario scenario = Scenarios.build(schools, List.of(new Spec(0, 0, 0, 0)), true);
      Plan plan = PLANNER.plan(scenario.applications(), scenario.register());
      assertThat(plan.leftOut())
          .extracting(LeftOut::reason)
          .containsExactly(LeftOut.Reason.NO_LOCATION);
    }
  }

  @Nested
  @DisplayName("is the same plan whatever the order of its input")
  class Determinism {

    @Test
    @DisplayName("shuffling the applicants and the specialists never changes the plan")
    void inputOrderNeverChangesThePlan() {
      qt(100)
          .forAll(Scenarios.any(), longs().all(), integers().between(0, 1000))
          .checkAssert(
              (scenario, seed, shuffle) -> {
                WorkGroupPlanner planner = PLANNER.withSeed(seed);
                List<Urn> applicants = new ArrayList<>(scenario.applications().applicants());
                List<MasterySpecialist> specialists =
                    new ArrayList<>(scenario.applications().specialists());
                Collections.shuffle(applicants, new Random(shuffle));
                Collections.shuffle(specialists, new Random(shuffle + 1L));
                Applications shuffled =
                    scenario.applications().withApplicants(applicants).withSpecialists(specialists);
                assertThat(planner.plan(shuffled, scenario.register()))
                    .isEqualTo(planner.plan(scenario.applications(), scenario.register()));
              });
    }

    @Test
    @DisplayName("the same seed always gives the same plan")
    void sameSeedSamePlan() {
      qt(50)
          .forAll(Scenarios.eligibleOnly(40, 8), longs().all())
          .checkAssert(
              (scenario, seed) ->
                  assertThat(PLANNER.withSeed(seed).plan(scenario.applications(), scenario.register()))
                      .isEqualTo(
                          WorkGroupPlanner.standard()
                              .withSeed(seed)
                              .plan(scenario.applications(), scenario.register())));
    }
  }

  @Nested
  @DisplayName("keeps travel short")
  class Travel {

    @Test
    @DisplayName("moving any single school to another group never shortens the total travel by more than the tolerance")
    void isALocalOptimumUnderSingleMoves() {
      qt(100)
          .forAll(Scenarios.eligibleOnly(45, 9), longs().all())
          .checkAssert(
              (scenario, seed) -> {
                Plan plan = PLANNER.withSeed(seed).plan(scenario.applications(), scenario.register());
                for (PlannedGroup from : plan.groups()) {
                  if (from.schools().size() <= 6) {
                    continue;
                  }
                  for (PlacedSchool s : from.schools()) {
                    GridReference at = scenario.location(s.urn()).orElseThrow();
                    for (PlannedGroup to : plan.groups()) {
                      if (to != from && to.schools().size() < 7) {
                        double there = at.distanceTo(scenario.location(to.meetingPlace()).orElseThrow());
                        assertThat(s.distanceMetres() - there)
                            .as("moving %s from %s to %s", s.urn(), from.id(), to.id())
                            .isLessThanOrEqualTo(WorkGroupPlanner.IMPROVEMENT_TOLERANCE_METRES);
                      }
                    }
                  }
                }
              });
    }

    @Test
    @DisplayName(
        "swapping two schools of two groups, or a school left out for one placed, or moving a"
            + " group to a lead not yet used, never shortens the total travel by more than the"
            + " tolerance")
    void isALocalOptimumUnderSwapsAndMovedGroups() {
      qt(100)
          .forAll(Scenarios.eligibleOnly(45, 9), longs().all())
          .checkAssert(
              (scenario, seed) -> {
                Plan plan = PLANNER.withSeed(seed).plan(scenario.applications(), scenario.register());
                double tol = WorkGroupPlanner.IMPROVEMENT_TOLERANCE_METRES + 1e-6;
                List<PlannedGroup> groups = plan.groups();
                for (int x = 0; x < groups.size(); x++) {
                  GridReference px = scenario.location(groups.get(x).meetingPlace()).orElseThrow();
                  for (int y = x + 1; y < groups.size(); y++) {
                    GridReference py = scenario.location(groups.get(y).meetingPlace()).orElseThrow();
                    for (PlacedSchool s : groups.get(x).schools()) {
                      GridReference ls = scenario.location(s.urn()).orElseThrow();
                      for (PlacedSchool t : groups.get(y).schools()) {
                        GridReference lt = scenario.location(t.urn()).orElseThrow();
                        double gain =
                            s.distanceMetres() + t.distanceMetres() - ls.distanceTo(py) - lt.distanceTo(px);
                        assertThat(gain).as("swapping %s and %s", s.urn(), t.urn()).isLessThanOrEqualTo(tol);
                      }
                    }
                  }
                }
                for (LeftOut l : plan.leftOut()) {
                  GridReference at = scenario.location(l.urn()).orElseThrow();
                  for (PlannedGroup g : groups) {
                    double there = at.distanceTo(scenario.location(g.meetingPlace()).orElseThrow());
                    for (PlacedSchool s : g.schools()) {
                      assertThat(s.distanceMetres() - there)
                          .as("%s left out for %s", l.urn(), s.urn())
                          .isLessThanOrEqualTo(tol);
                    }
                  }
                }
                Set<Object> used = groups.stream().map(PlannedGroup::lead).collect(Collectors.toSet());
                for (MasterySpecialist lead : scenario.applications().specialists()) {
                  if (used.contains(lead.trn())) {
                    continue;
                  }
                  GridReference at = scenario.location(lead.school()).orElseThrow();
                  for (PlannedGroup g : groups) {
                    double elsewhere =
                        g.schools().stream()
                            .mapToDouble(s -> scenario.location(s.urn()).orElseThrow().distanceTo(at))
                            .sum();
                    assertThat(g.travelMetres() - elsewhere)
                        .as("%s moved to %s", g.id(), lead.trn())
                        .isLessThanOrEqualTo(tol);
                  }
                }
              });
    }

    @Test
    @DisplayName("lists its groups by lead, its schools left out by URN and its specialists not used by TRN")
    void listsInOrder() {
      qt(100)
          .forAll(Scenarios.any())
          .checkAssert(
              scenario -> {
                Plan plan = PLANNER.plan(scenario.applications(), scenario.register());
                assertThat(plan.groups().stream().map(PlannedGroup::lead).toList()).isSorted();
                assertThat(plan.groups().stream().map(g -> g.id().value()).toList()).isSorted();
                assertThat(plan.leftOut().stream().map(LeftOut::urn).toList()).isSorted();
                assertThat(plan.leadsNotUsed().stream().map(LeadNotUsed::trn).toList()).isSorted();
                assertThat(plan.groups().stream().mapToDouble(PlannedGroup::travelMetres).sum())
                    .isCloseTo(plan.quality().totalTravelMetres(), org.assertj.core.api.Assertions.within(1e-6));
                for (PlannedGroup g : plan.groups()) {
                  assertThat(g.schools().stream().map(PlacedSchool::urn).toList()).isSorted();
                }
              });
    }

    @Test
    @DisplayName("keeps the hub of the applications in the plan's enrolment")
    void keepsTheHub() {
      List<Spec> schools = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        schools.add(new Spec(0, 0, i * 100, 0));
      }
      Scenario scenario = Scenarios.build(schools, List.of(new Spec(0, 0, 0, 0)), false);
      io.mastery.model.hub.MathsHub hub =
          io.mastery.model.hub.MathsHub.of(
              "LCW", "London Central and West", List.of(io.mastery.model.school.LocalAuthorityCode.of("201")));
      Applications a = scenario.applications();
      Applications withHub =
          new Applications(a.year(), Optional.of(hub), a.phase(), a.stream(), a.applicants(), a.specialists(), a.history());
      Plan plan = PLANNER.plan(withHub, scenario.register());
      assertThat(plan.enrolment().hub()).contains(hub);
      assertThat(plan.placed()).isEqualTo(6);
      assertThat(PLANNER.withSeed(7).seed()).isEqualTo(7);
    }

    @Test
    @DisplayName("the quality report gives the total and worst travel, never below the lower bound")
    void qualityReport() {
      qt(100)
          .forAll(Scenarios.any())
          .checkAssert(
              scenario -> {
                Plan plan = PLANNER.plan(scenario.applications(), scenario.register());
                List<Double> distances =
                    plan.groups().stream()
                        .flatMap(g -> g.schools().stream())
                        .map(PlacedSchool::distanceMetres)
                        .toList();
                PlanQuality q = plan.quality();
                assertThat(q.totalTravelMetres())
                    .isCloseTo(distances.stream().mapToDouble(Double::doubleValue).sum(), org.assertj.core.api.Assertions.within(1e-6));
                assertThat(q.worstTravelMetres())
                    .isEqualTo(distances.stream().mapToDouble(Double::doubleValue).max().orElse(0));
                assertThat(q.totalTravelMetres()).isGreaterThanOrEqualTo(q.lowerBoundMetres() - 1e-6);
                assertThat(q.gap()).isGreaterThanOrEqualTo(0);
              });
    }

    @Test
    @DisplayName("two distant clusters of seven schools, each with a lead, form one group each")
    void clustersFormTheirOwnGroups() {
      List<Spec> schools = new ArrayList<>();
      for (int i = 0; i < 14; i++) {
        schools.add(new Spec(0, i % 2, (i / 2) * 200, 0));
      }
      Scenario scenario =
          Scenarios.build(schools, List.of(new Spec(0, 1, 0, 0), new Spec(1, 0, 0, 0)), false);
      Plan plan = PLANNER.plan(scenario.applications(), scenario.register());
      assertThat(plan.groups()).hasSize(2);
      for (PlannedGroup g : plan.groups()) {
        assertThat(g.schools()).allMatch(s -> s.distanceMetres() < 2_000);
      }
      assertThat(plan.quality().gap()).isZero();
      assertThat(Optional.of(plan.enrolment().workGroups().size())).contains(2);
    }
  }
}
